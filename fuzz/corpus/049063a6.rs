// error: `yield_from!` cannot be used inside the arguments of `Box!`
#[generator]
fn g (mut self , n : u32 , mut v : Vec < u32 >) -> impl Iterator < Item = u32 > + '_ { 'l1 : for x3 in 0 .. v { let Some (x4) = Some (n) else { Box ! (v . iter () . copied (yield_from ! { 0 .. 3 })) ; return ; } ; ('l2 : { (('l3 : { yield_from ! (0 .. (self . f . len () as u32)) ; (n . len () as u32) }) . max (((x4 , x4) . 1))) ; (yield_ ! (x3) + 1) ; 7 }) ; yield_ ! (9) ; } f (yield_ ! (self . f) , loop { break yield_from ! (0 .. self . f) ; }) }
