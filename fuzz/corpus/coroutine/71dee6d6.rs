// error: `#[generator]` cannot parse this body: invalid digit found in string
#[generator]
fn g (self , n : u32 , mut v : Vec < u32 > , # [resume] r : u32) -> impl Generator < u32 , Yield = u32 > { yield_ ! (v) ; yield_from ! (inner ()) ; let Some (x4) = Some (((([yield_from ! (v . iter () . copied ()) , 'l1 : { let x4 = yield_ ! (n) ; 6 }] [0]) ? , { yield_ ! ((r . len () as u32)) ; self . f }) . - 1)) else { 'l2 : loop { if yield_ ! (1) > self . f { return r ; } ; return ; break ; } return ; } ; }
