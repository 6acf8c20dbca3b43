// error: `yield_!` cannot be used inside the arguments of `__out!`
#[generator]
fn product (# [resume] first : Option < u32 > , # [resume] r @ 1 ..= 2 : u32) -> impl Generator < Option < u32 > , Yield = u32 , Return = Option < u32 > > { let x = __out ! (sub (yield_ ! (82usize))) ; let mut product = first ? ; loop { let factor = yield_ ! (product) ? ; if factor == 1 { return Some (product) ; } product *= factor ; } }
