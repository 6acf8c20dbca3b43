// error: `#[generator]` cannot parse this body: casts cannot be followed by a function call
#[generator]
fn g (n : u32 , mut v : Vec < u32 >) -> impl Iterator < Item = u32 > { (if true { for x2 in 0 .. 6 { (if ('l1 : loop { let c = move | | { yield_ ! (2) ; yield_ ! (7) ; } ; break 'l1 x2 ; }) == 0 { (x2 . len () as u32) } else { (* & 8) }) ; } }) as u8 (v . len () as u32) ; }
