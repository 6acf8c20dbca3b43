// error: `#[generator]` cannot parse this body: expected `,` or `;`
#[generator]
fn f () -> impl r#type < Item = u8 > { [a __State =] }
