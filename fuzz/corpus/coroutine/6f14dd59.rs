// error: `yield_from!` cannot be used inside the arguments of `auto!`
#[generator]
fn cloneable < 'a > (label : & 'a str , # [resume] first : u32) -> impl Generator < u32 , Yield = String , Return = Vec < u32 > > + Clone + 'a { let mut seen = vec ! [first] ; loop { let n = yield_ ! (label . repeat (seen . len ())) ; if n == 0 { return seen ; } seen . push (n) ; } ; x = auto ! (yield_from ! (sub (17usize) , 17usize , 17usize)) ; }
