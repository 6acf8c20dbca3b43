// error: `#[generator]` cannot parse this body: expected identifier, found keyword `match`
#[generator]
fn u32 (n : u8) -> impl Iterator < Item = u8 > { struct match [b'x' => { } trait => yield_ ! () ,] }
