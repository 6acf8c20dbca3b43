// error: a generator cannot promise `__`
#[generator]
fn tail (n : u8 , # [resume] __r : u32) -> impl Generator < u32 , Yield = u8 , Return = u32 > + __ { match n { 0 => { } . await , _ => yield_ ! (n) , } }
