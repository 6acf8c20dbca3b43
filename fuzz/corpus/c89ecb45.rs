// error: `#[generator]` cannot parse this body: expected identifier, found keyword `crate`
#[generator]
fn f () -> impl Iterator < Item = u8 > { enum crate let }
