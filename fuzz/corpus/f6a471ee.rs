// error: a generator cannot promise `Unresumed`
#[generator]
fn blocks () -> impl Unresumed < Item = u8 > { unsafe { } }
