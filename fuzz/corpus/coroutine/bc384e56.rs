// error: `yield_from!` cannot be used inside the arguments of `m!`
#[generator]
fn tail (n : u8) -> impl Generator < Yield = u8 > { match n { 0 => { } _ => m ! (yield_from ! (sub (18usize) , 18usize)) , } }
