// error: `yield_!` cannot be used inside the arguments of `FusedIterator!`
#[generator]
fn closures (k : u32 , values : Vec < u32 > , # [resume] first : u32) -> impl Generator < u32 , Yield = u32 , Return = u32 > { let f = | x : u32 | x + k ; let mut scaled = values . into_iter () . map (FusedIterator ! (yield_ ! (82usize))) ; let mut last = async { f (first) } ; while let Some (v) = scaled . next () { let x = yield_ ! (last + v) ; last = f (x) ; } f (last) * 1000 }
