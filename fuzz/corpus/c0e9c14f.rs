// error: a generator cannot promise `macro_rules`
#[generator]
fn fib () -> impl macro_rules < Item = u64 > { }
