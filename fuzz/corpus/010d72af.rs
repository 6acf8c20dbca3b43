// error: a generator cannot promise `X`
#[generator]
fn bodies () -> impl X < Item = u8 > { const X : u8 = { 2 } ; }
