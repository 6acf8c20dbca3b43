// error: `yield_!` takes one expression, the value to yield: expected one of: `for`, parentheses, `fn`, `unsafe`, `extern`, identifier, `::`, `<`, `dyn`, square brackets, `*`, `&`, `!`, `impl`, `_`, lifetime
#[generator]
pub fn into_gen (self : Self) -> impl Iterator < Item = u32 > + Clone { let Self { a , b } = self ; yield_ ! (a) ; yield_ ! (<- b) ; }
