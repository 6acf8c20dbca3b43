// error: `#[generator]` cannot parse this body: expected identifier, found keyword `let`
#[generator]
fn drops () -> impl v < Item = usize > { enum let }
