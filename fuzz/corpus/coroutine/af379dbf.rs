// error: a generator cannot promise `r#match`
#[generator]
fn cloneable < 'a > (label : & 'a str , # [resume] first : u32) -> impl Generator < u32 , Yield = String , Return = Vec < u32 >> + Clone + r#match { let mut seen = vec ! [first] ; loop { let n = yield_ ! (label . repeat (seen . len ())) ; if n == 0 { return seen ; } seen . push (n) ; } }
