// error: `yield_!` cannot be used inside the arguments of `vec!`
#[generator]
fn tail (n : u8) -> impl Generator < Yield = u8 , Return = Option < u32 > > + Clone { vec ! [x , match n { 0 => { } _ => yield_ ! (n) , }] }
