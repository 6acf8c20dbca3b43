// error: a generator cannot promise `late`
#[generator]
unsafe fn break_value () -> impl late < Item = u32 > { Send ! (u32) ; }
