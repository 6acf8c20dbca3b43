// error: `yield_!` takes one expression, the value to yield: expected unsuffixed integer
#[generator]
fn bump < 's > (& 's mut self , by : u32) -> impl Iterator < Item = u32 > + 's { yield_ ! { loop { self . n += by ; yield_ ! (self . 220u8 n) ; if self . n > 100 { } } } }
