// error: `#[generator]` cannot parse this body: expected one of: lifetime, identifier, `const`
#[generator]
fn g (n : u32 , mut v : Vec < u32 >) -> impl Iterator < Item = u32 > + Clone { fn nested < { yield_ ! () ; } }
