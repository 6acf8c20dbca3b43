// error: `yield_!` takes one expression, the value to yield: expected one of: identifier, `::`, `<`, `_`, literal, `const`, `ref`, `mut`, `&`, parentheses, square brackets, `..`, `const`
#[generator]
fn g (& self , n : u32 , mut v : Vec < u32 >) -> Box < dyn Generator < Yield = u32 , Return = u32 > + Send > { let x3 = yield_ ! ((| : u32 | x + (self . f . len () as u32)) (n)) ; }
