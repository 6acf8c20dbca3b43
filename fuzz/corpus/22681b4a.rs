// error: `yield_!` takes one expression, the value to yield: unexpected token
#[generator]
fn bump < 's > (& 's mut self , by : u32) -> impl Iterator < Item = u32 > + 's { yield_ ! { loop { self . n += by ; yield_ ! (self . n) ; if self . n > 100 { __fuzz_none_group ! { return ; } } } } }
