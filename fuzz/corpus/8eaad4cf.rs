// error: `#[generator]` cannot parse this body: expected identifier, found keyword `break`
#[generator]
fn iter (& self) -> impl Iterator < Item = & u32 > + { for mut break & }
