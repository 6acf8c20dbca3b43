// error: `#[generator]` cannot parse this body: unexpected end of input, expected one of: `where`, parentheses, curly braces, `;`
#[generator]
fn items () { struct P }
