// error: `#[generator]` cannot parse this body: expected identifier, found keyword `box`
#[generator(crate = $ x)]
fn f () -> impl Iterator < Item = u8 > { :: box }
