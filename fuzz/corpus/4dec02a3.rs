// error: `yield_!` takes one expression, the value to yield: unexpected end of input, expected one of: `trait`, `auto`, `impl`, `extern`, `mod`
#[generator]
pub (in a :: b) fn into_gen (self : Self) -> impl Iterator < Item = u32 > + Clone { yield_ ! ({ unsafe }) ; yield_ ! (b) ; }
