// error: a generator cannot promise `ControlFlow`
#[generator]
fn g (mut self , n : u32 , mut v : Vec < u32 >) -> impl ControlFlow < Item = u32 > + '_ { println ! ("{}" , self . f) ; loop { break (try { { yield_ ! ((n . len () as u32)) ; yield_ ! (n) } }) ; } }
