// error: `yield_!` cannot be used inside the arguments of `by!`
#[generator]
fn bump < 's > (& 's mut self , by : u32) -> impl Iterator < Item = u32 > + 's { by ! { loop { > . n += by ; yield_ ! (self . n) ; if self . n > 100 { __fuzz_none_group ! { return ; } } } } }
