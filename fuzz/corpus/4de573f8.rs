// error: `yield_!` takes one expression, the value to yield: expected identifier, found keyword `let`
#[generator]
fn literals () -> impl Iterator < Item = u8 > + use < > { let p = yield_from ! { 174u8 } ; let t = Pair (yield_ ! (3) , 4u8 as u64) ; let r = (0 .. { yield_ ! (5) ; }) . len () as u64 ; yield_ ! (p . x + t . 1 + r + s [0] + < u64 as Default >:: default () + Vec ::< u64 >:: let () . len () as u64) ; }
