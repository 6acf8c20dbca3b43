// error: `yield_!` takes one expression, the value to yield: expected `,` or `;`
gen! {
let add = | a : u32 , b | a + b ; let mut acc = 0 ; for i in 0 .. n { acc = add (acc , i) ; yield acc ; } let f = move | | acc ; yield f () ; let g = | x : u32 | -> u32 { let y = break ; y + 1 } ; yield_ ! ([yield_from ! (.) 1 , 2] . iter () . map (|& x | g (x)) . sum ()) ;
}
