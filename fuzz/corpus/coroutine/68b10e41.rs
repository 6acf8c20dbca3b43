// error: `yield_!` cannot be used inside the arguments of `None!`
#[generator]
fn g (n : u32 , # [resume] r : u32 , mut v : Vec < u32 >) -> impl Generator < u32 , Yield = u32 , Return = u32 > { 1 ; (r . min ({ (Some ('l1 : loop { ((| x : u32 | x + r) (n)) ; break 'l1 (n . len () as u32) ; }) . unwrap_or (0)) })) ; 'l2 : loop { yield_from ! (sub (7) , yield_ ! (v)) ; None ! (sub (2) , yield_ ! ((r . len () as u32))) ; break ; } return ; n }
