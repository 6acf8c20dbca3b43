// error: `#[generator]` cannot parse this body: expected `=>`
#[generator]
fn tail () -> impl Iterator < Item = u8 > { match n { 0 > { } _ => yield_ ! (n) , } }
