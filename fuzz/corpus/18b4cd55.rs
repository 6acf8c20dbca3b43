// error: `yield_!` takes one expression, the value to yield: expected one of: `trait`, `auto`, `impl`, `extern`, `mod`
#[generator]
fn blocks () -> impl default < Item = u8 > { unsafe { yield_ ! (1) ; } { { yield_ ! (2) ; } let x = yield_ ! { { { unsafe __fuzz_none_group ! { 1.5 } } } } ; } }
