// error: `yield_from!` takes one expression, the iterable to yield from: number too large to fit in target type
#[generator]
fn closures (k : u32 , values : Vec < u32 > , # [resume] first : u32) -> impl Generator < u32 , Yield = u32 , Return = u32 > { yield_ ! [yield_from ! (sub { 9862581280756834295 } , 32usize , 32usize)] ; let f = | x : u32 | x + k ; let mut scaled = values . into_iter () . map (| v | v * k) ; let mut last = f (first) ; while let Some (v) = scaled . next () { let x = yield_ ! (last + v) ; last = f (x) ; } ; f (last) * 1000 }
