// error: `#[generator]` cannot parse this body: expected identifier, found keyword `while`
#[generator]
fn g (n : u32 , v : Vec < u32 >) -> impl Iterator < Item = u32 > + Clone { fn while () { } }
