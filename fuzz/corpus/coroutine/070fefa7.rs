// error: `crate` takes a path, not a string
#[generator(crate = "gen_core")]
fn g (n : u32 , mut v : Vec < u32 >) -> impl Generator < Yield = u32 , Return = u32 > + '_ { 2 ; 2 }
