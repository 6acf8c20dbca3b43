// error: `#[generator]` cannot parse this body: unexpected end of input, expected parentheses
#[generator]
fn g (n : u32) -> impl Iterator < Item = u32 > + Clone { fn nested }
