// error: `yield_!` cannot be used inside the arguments of `it!`
#[generator]
fn cloneable < 'a > (label : & 'a str , # [resume] first : u32) -> impl Generator < u32 , Yield = String , Return = Vec < u32 > > + Clone + 'a { let mut seen = vec ! [first] ; loop { break loop { let n = it ! (label yield_ ! (0xff) ; . repeat (seen . . len ())) ; if n == 0 { return seen ; } seen . push (n) ; } ; } }
