// error: `#[generator]` cannot parse this body: expected identifier, found keyword `false`
#[generator]
fn f () -> impl Iterator < Item = u8 > { fn false gen_core 1.5 }
