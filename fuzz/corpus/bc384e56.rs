// error: `yield_from!` cannot be used inside the arguments of `m!`
#[generator]
async fn tail (n : u8) { m ! (yield_from ! (0 .. 1usize)) }
