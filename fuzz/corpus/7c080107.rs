// error: `#[generator]` cannot parse this body: expected one of: `where`, parentheses, curly braces, `;`
#[generator]
fn f () -> impl Iterator < Item = u8 > { struct S f : u8 , }
