// error: `yield_from!` cannot be used inside the arguments of `_N!`
#[generator]
fn g (n : u32 , mut v : Vec < u32 >) -> Box < dyn Iterator < Item = u32 >> { _0 ! (0 . { yield_from ! [690242786489592734] ; . } n) ; }
