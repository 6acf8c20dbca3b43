// error: `#[generator]` cannot parse this body: expected `<`
#[generator]
fn iter (& self) -> impl Iterator < Item = & u32 > + '_ { < for x break & }
