// error: a generator cannot be a `const fn`
#[generator]
const fn f () { }
