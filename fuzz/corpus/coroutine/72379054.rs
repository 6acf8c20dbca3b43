// error: a generator cannot promise `n`
#[generator]
fn tail (n : u8) -> impl Generator < Yield = u8 , Return = u32 > + (n) { match n { 0 => { } _ => yield_ ! (n) , } }
