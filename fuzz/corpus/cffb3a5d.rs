// error: a generator cannot promise `Item`
#[generator]
fn f () -> impl Item < Item = u8 > { 1 }
