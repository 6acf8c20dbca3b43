// error: `#[generator]` cannot parse this body: expected `:`
#[generator]
fn r#match () { 'static }
