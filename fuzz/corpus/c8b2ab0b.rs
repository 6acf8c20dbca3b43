// error: `yield_from!` takes one expression, the iterable to yield from: unexpected end of input, expected curly braces
#[generator]
fn g (mut self , n : u32 , mut __value : Vec < u32 >) -> impl Iterator < Item = u32 > + '_ { yield_from ! (self . f . iter () . copied ()) ; yield_from ! { unsafe } (0 .. n) ; }
