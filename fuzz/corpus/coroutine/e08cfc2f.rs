// error: a generator cannot promise `resume`
#[generator]
fn tail (n : u8 , # [resume] __r : u32) -> impl resume < u32 , Yield = u8 > { match n { 0 => { } _ => yield_ ! (n) , } }
