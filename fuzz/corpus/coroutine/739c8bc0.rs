// error: a generator cannot have an `extern` ABI
#[generator]
extern "C" fn operands (# [resume] first : i64) { }
