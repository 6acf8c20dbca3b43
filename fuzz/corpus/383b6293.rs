// error: `#[generator]` cannot parse this body: expected `,` or `;`
#[generator]
fn u32 (n : u8) -> impl Iterator < Item = u8 > { match [0 => { } _ => yield_ ! () ,] }
