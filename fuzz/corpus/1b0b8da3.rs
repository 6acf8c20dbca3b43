// error: `#[generator]` cannot parse this body: expected identifier or `_`
#[generator]
fn bodies () -> impl Iterator < Item = u8 > { const : : u8 }
