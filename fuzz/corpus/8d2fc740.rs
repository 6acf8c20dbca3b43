// error: `yield_!` cannot be used inside the arguments of `m!`
#[generator]
fn blocks () { unsafe { m ! (yield_ ! (8usize)) } m }
