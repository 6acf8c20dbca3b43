// error: `yield_!` takes one expression, the value to yield: casts cannot be followed by a function call
#[generator]
const fn g (mut self , n : u32 , mut v : Vec < u32 >) -> impl Iterator < Item = u32 > + '_ { { (yield_ ! ((self . f . len () as u32 ())) ?) ; println ! ("{}" , (self . f . len () as u32)) ; (self . f . len () as u32) ; } }
