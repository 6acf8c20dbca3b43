// error: `#[generator]` cannot parse this body: expected one of: `for`, parentheses, `fn`, `unsafe`, `extern`, identifier, `::`, `<`, `dyn`, square brackets, `*`, `&`, `!`, `impl`, `_`, lifetime
#[generator]
fn f () -> impl Iterator < Item = x > { <- }
