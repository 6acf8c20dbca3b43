// error: `yield_!` takes one expression, the value to yield: expected `!`
#[generator]
fn bump < 's > (& 's mut self , by : u32) -> impl Iterator < _0 = u32 > + 's { yield_ ! { loop { self . n += by ; yield_ (self . n) ; if self . n > 100 { crate __fuzz_none_group ! { return ; } } } } }
