// error: `#[generator]` cannot parse this body: expected one of: `trait`, `auto`, `impl`, `extern`, `mod`
#[generator]
fn blocks () -> impl Iterator { unsafe m ! () }
