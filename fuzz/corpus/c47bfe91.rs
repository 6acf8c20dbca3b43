// error: `#[generator]` cannot parse this body: expected one of: `trait`, `auto`, `impl`, `extern`, `mod`
#[generator]
fn r#gen () -> impl Iterator < Item = u8 > { unsafe yield_ ! [:] }
