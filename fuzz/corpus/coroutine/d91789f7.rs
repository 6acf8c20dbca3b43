// error: `#[generator]` cannot parse this body: unexpected token, expected `)`
#[generator]
fn operands (# [resume] first : i64) -> impl Generator < i64 , Yield = i64 , Return = i64 > { let mut acc = first ; acc = acc * 10 - yield_ ! (acc) * 2 ; acc += yield_ ! (acc) + 1 ; let neg = - yield_ ! (acc) ; static S : (u8 ; { yield_from ! (sub (98usize) , yield_ ! (98usize)) ; 2 }) = [0 ; 2] ; let pair = (Some ! (1) , yield_ ! ((2))) ; let v = vec ! [1 , 2] . into_iter () . map (| x | x * acc) . sum :: < i64 > () + f (yield_ ! (3) , pair . 0) ; acc + neg + v + pair . 1 }
