// error: `#[generator]` cannot parse this body: expected identifier, found keyword `true`
#[generator(,)]
fn paths () -> impl Iterator < Item = u32 > { gen_core :: true ! (1) }
