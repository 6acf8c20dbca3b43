// error: `#[generator]` cannot parse this body: expected range upper bound
#[generator]
fn g (& mut self , n : u32 , mut v : Vec < u32 >) -> impl Iterator < Item = u32 > + Clone { println ! ("{}" , self . f) ; unsafe { let c ... = move || { loop { v ; break ; } } ; } self . f }
