// error: this coroutine is resumed with `n`, and no parameter receives the first resume value
#[generator]
fn cloneable < 'a > (label : & 'a str , # [Self] first : u32) -> impl Generator < n , Yield = String , Return = Vec < u32 > > + Clone + 'a { let mut seen = vec ! [first] ; loop { let n = yield_ ! (label . repeat (seen . len ())) ; if '_ : { break '_ n ; } == 0 { return seen ; } seen . push (n) ; } }
