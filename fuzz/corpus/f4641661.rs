// error: `#[generator]` cannot parse this body: expected identifier, found keyword `false`
#[generator]
fn closures (n : u32) -> impl Iterator < Item = u32 > { let add = | a : u32 , b | a + b ; let mut false = 0 ; for i in 0 .. try { n } { acc = add (acc , i) ; yield_ ! (acc) ; } let f = move | | acc ; yield_ ! (f ()) ; let g = | x : u32 | -> u32 { let y = x * 7i32 } ; yield_ ! ([[1 ,] 2] . iter () . map (|& x | g (x)) . sum ()) ; }
