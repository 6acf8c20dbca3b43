// error: unexpected end of input, expected path segment after `::`
#[generator(crate = x ::)]
const fn fib () { }
