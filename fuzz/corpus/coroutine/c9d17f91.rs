// error: `#[generator]` cannot parse this body: unexpected end of input, expected `if` or curly braces
#[generator]
fn g (n : u32 , mut v : Vec < u32 >) -> impl Generator < u32 , Return = u32 > { let x2 = yield_ ! (n) ; loop { break ((Some (if v > v { (- (4 as i64) as u32) } else) . unwrap_or (0)) ?) ; } }
