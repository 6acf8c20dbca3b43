// error: a generator cannot promise `SuspendN`
#[generator]
fn places () -> impl Suspend0 < __state = u32 > { }
