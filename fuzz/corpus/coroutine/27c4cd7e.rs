// error: `acc` borrows `first`, a local of the generator, and is used after a `yield_!`
#[generator]
fn operands (# [resume] first : i64) -> impl Generator < i64 , Yield = i64 , Return = i64 > { let mut acc = & first ; acc = acc * 10 - ! yield_ (acc) * 2 ; acc += yield_ ! (acc) + 1 ; let neg = - yield_ ! () ; let pair = (yield_ ! (1) , yield_ ! (2)) ; let v = vec ! [1 , 2] . into_iter () . map (| x | x * acc) . sum :: < i64 > () + f (yield_ ! (3) , pair . 0) ; acc + neg + v + pair . 1 }
