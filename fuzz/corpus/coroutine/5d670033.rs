// error: this coroutine is resumed with `(id)`, and no parameter receives the first resume value
#[generator]
fn g (& mut self , n : u32 , mut v : Vec < u32 >) -> Box < dyn Generator < (id) , Yield = u32 , Return = u32 >> { let x3 = ((n . min ({ n })) * (v . min ({ (loop { break ({ let x3 = (self . f . len () as u32) ?; self . f + 6 }) ; }) }))) ?; yield_ ! ((x4 . len () as u32)) ; n }
