// error: a generator cannot promise `uN`
#[generator]
fn Sync () -> impl u8 < Item = u8 > { }
