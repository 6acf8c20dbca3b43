// error: `yield_!` cannot be used inside the arguments of `core!`
#[generator]
fn g (& mut self , # [resume] (r , _) : (u32 , u32) , n : u32 , mut v : Vec < u32 >) -> impl Generator < (u32 , u32) , Return = u32 > { loop { return yield_ ! (n) ; self . f += f (core ! (({ yield_ ! ((self . f . len () as u32)) ; f (yield_ ! (v) , [r , n ?] [0]) })) , loop { yield_ ! (90usize) ; break 90usize ; }) * 2 ; break ; } n }
