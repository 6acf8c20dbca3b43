// error: a generator cannot promise `yield_`
#[generator]
fn f () -> impl yield_ < Item : u8 > { }
