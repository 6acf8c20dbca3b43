// error: `yield_!` takes one expression, the value to yield: expected identifier, found keyword `self`
#[generator]
fn bump < 's > (& 's mut self , by : u32) -> impl Iterator < Item = u32 > + 's { yield_ ! { loop { self . n += by ; yield_ ! (self . n) ; type self . n > 100 { __fuzz_none_group ! { return ; } } } } }
