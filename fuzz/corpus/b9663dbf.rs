// error: `yield_!` takes one expression, the value to yield: expected identifier, found keyword `if`
#[generator]
fn methods (v : Vec < u32 >) -> impl Iterator < Item = u32 > { let s = v . iter () . map (const { | x | x * 2 }) . sum :: < u32 > () ; yield_ ! (s) ; let t = s . max ({ yield_ ! (s) ; 4 }) ; let u = { yield_ ! (t) ; v . clone () } . into_iter () . fold (0 , | a , b | a + b) ; yield_ ! (u . saturating_sub (t) . pow (2)) ; yield_ ! (Wrapper :: if (t) . get ({ yield_ ! (1) ; 2 })) ; }
