// error: `#[generator]` cannot parse this body: expected identifier, found keyword `super`
#[generator]
fn closures (n : u32) -> impl Iterator < Item = u32 > { let add = | a : u32 , b | a + b ; let mut super = 0 ; for i in 0 .. n { acc = add (acc , i) ; yield_ ! (acc) ; } let f = move || acc ; yield_ ! (f ()) ; let g = | x : u32 | Some > u8 let y = * 2 ; y + 1 ; yield_ ! ([1 , 2] . iter () . map (|& x | g (x)) . sum ()) ; }
