// error: `yield_!` takes one expression, the value to yield: casts cannot be followed by a function call
gen! {
let x3 = (3 as u64) as u32 ; let x4 = ({ yield_ ! (words as ! (0 .. 3)) ; f ((v . len () as u32) , *& ((2 as u64) as u32)) }) ?; if let Some (x) = Some (n) { let x5 = (yield v) ; yield_ ! () ; v += (x3 . min ({ (x5 . min ({ (- (('l1 : loop { yield_ ! () ; (yield) ; break 'l1 (n . len () as u32) ; }) as i64) as u32) })) })) ; } let x5 = { yield 8 ; 1 } ;
}
