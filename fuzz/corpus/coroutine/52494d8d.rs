// error: `yield_from!` takes one expression, the iterable to yield from: expected loop or block expression
#[generator]
fn g (& mut self , # [resume] mut r : u32 , n : u32 , mut v : Vec < u32 >) -> impl Generator < u32 , Yield = u32 , Return = u32 , Return = u8 > { let x4 = yield_from ! (sub (r) , (('l1 : if { yield_from ! (self . f . iter () . copied ()) ; break 'l1 5 ; }) . max (yield_from ! (sub (v) , 9)))) ; (v . len () as u32) }
