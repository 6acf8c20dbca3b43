// error: a generator cannot promise `s`
#[generator]
fn bump < s > (& 's mut self , by : u32) -> impl Iterator < Item = u32 > + __fuzz_none_group ! { s { } }
