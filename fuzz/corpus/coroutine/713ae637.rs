// error: `#[resume]` receives a coroutine's first resume value, and this generator is an iterator
#[generator]
fn totals (# [resume] first : u32) -> impl Iterator < Item < 'a > = u8 > { }
