// error: `yield_from!` cannot be used inside an `async` block
#[generator]
fn g (n : u32 , mut v : Vec < u32 >) -> impl Iterator < Item = u32 > + Clone { { let _ = async move { yield_from ! (v . iter () . copied (b'x')) ; } ; } }
