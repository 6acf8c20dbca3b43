// error: a generator cannot promise `Fn`
#[generator]
fn operands (# [resume] first : i64) -> impl Fn () -> u8 { }
