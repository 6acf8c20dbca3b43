// error: `yield_from!` cannot be used inside the arguments of `uN!`
#[generator]
unsafe fn g (n : u32 , mut v : Vec < u32 >) -> impl Iterator < Item = u32 > + Clone { u32 ! { { let _ = async move { yield_from ! (v . iter () . copied (b'x')) ; } ; } } }
