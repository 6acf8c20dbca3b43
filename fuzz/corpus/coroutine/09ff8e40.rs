// error: a generator cannot promise `self`
#[generator]
fn cloneable < 'a > (label : & 'a str , # [resume] first : u32) -> impl Generator < u32 , Yield = String , Return = Vec < u32 > > + self + 'a { let mut seen = vec ! [first ..=] ; loop { let n = yield_ ! (label . repeat (seen . len ())) ; if n == 0 { return seen ; } (yield_ ! (38usize) && seen) . push (n) ; } }
