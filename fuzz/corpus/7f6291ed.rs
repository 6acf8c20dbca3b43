// error: a generator cannot promise `Box`
#[generator]
unsafe fn methods (v : Vec < u32 >) -> impl Box < Item = u32 > { }
