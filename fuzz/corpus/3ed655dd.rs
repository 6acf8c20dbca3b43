// error: `#[generator]` cannot parse this body: expected identifier, found keyword `trait`
#[generator(=)]
fn paths () -> impl Iterator < Item = u32 > { gen_core :: trait ! (1) ; :: gen_core : }
