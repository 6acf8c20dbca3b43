// error: `yield_!` takes one expression, the value to yield: expected one of: `fn`, `extern`, `use`, `static`, `const`, `unsafe`, `mod`, `type`, `struct`, `enum`, `union`, `trait`, `auto`, `impl`, `default`, `macro`
#[generator]
fn bump < 's > (& 's mut self , by : u32) -> impl Iterator < Item = u32 > + 's { yield_ ! { loop { self . n += by ; yield_ ! (self . n) ; if self . n > 100 { __fuzz_none_group ! { pub ; } } } } }
