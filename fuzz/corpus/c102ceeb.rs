// error: `#[generator]` cannot parse this body: casts cannot be followed by indexing
#[generator(crate =)]
fn g (mut self , n : u32 , mut v : Vec < u32 >) -> impl Iterator < Item = u32 > { let x3 = - ((v . min ({ (loop { break 1 ; }) })) as i64) as u32 [; yield_ ! (x3) ;] fn helper (x : u32) -> u32 { x + 1 } }
