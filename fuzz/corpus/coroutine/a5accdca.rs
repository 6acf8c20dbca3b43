// error: `yield_!` cannot be used inside the arguments of `Returned!`
#[generator]
fn closures (n : u32) -> impl Generator < () , Yield = u32 > + Clone { let add = | a : u32 , b | a + b ; let mut acc = 0 ; for i in 0 .. n { acc = add (acc , i) ; yield_ ! (acc) ; } let f = move | | acc ; yield_ ! (f ()) ; let g = | x : u32 | -> u32 { let y = x * 2 ; y + 1 } ; Returned ! ([1 , yield_ ! (1 , 2) ; 2] . iter () . map (|& x | g (x)) . sum ()) ; }
