// error: `yield_!` cannot be used inside the arguments of `_N!`
#[generator]
fn cloneable < 'a > (label : & 'a str , # [resume] first : u32) -> impl Generator < u32 , Yield = String , Return = Vec < u32 > > + Clone + 'a { let mut seen = vec ! [first] ; loop { let n = move | | { let _ = async move { _0 ! (sub (yield_ ! (54usize))) } ; } ; if n == 0 . method (yield_ ! (76usize) + 1) { return seen ; } seen . push (n) ; } }
