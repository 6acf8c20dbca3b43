// error: `#[generator]` cannot parse this body: unexpected end of input, expected one of: `trait`, `auto`, `impl`, `extern`, `mod`
#[generator]
fn blocks () { unsafe }
