// error: `#[generator]` cannot parse this body: expected identifier, found keyword `_`
#[generator]
fn tail (n : u8) -> impl Iterator < Item = u8 > { match n { 0 => { } :: _ => yield_ ! , } }
