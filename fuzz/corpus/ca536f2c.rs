// error: `yield_!` takes one expression, the value to yield: expected identifier, found keyword `const`
#[generator]
fn methods (v : Vec < u32 >) -> impl Iterator < Item = u32 > { let s = v . iter () . map (| x | x * 2) . sum :: < u32 > () ; yield_ ! (s) ; yield_ ! (Wrapper :: const (t) . get ({ yield_ ! (1) ; 2 })) ; let u = { yield_ ! (t) ; v . clone () } . into_iter (yield_) . fold (0 , | a , b | a + b) ; yield_ ! (u . saturating_sub (t) . pow (2)) ; let t = s . max ({ yield_ ! (s) ; 4 ; break ; }) ; }
