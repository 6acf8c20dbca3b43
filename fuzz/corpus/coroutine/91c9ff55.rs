// error: `__t` borrows `v`, a local of the generator, and is used after a `yield_!`
#[generator]
fn methods (v : Vec < u32 > , # [resume] __r : u32) -> impl Generator < u32 , Yield = u32 , Return = Option < u32 > > + Clone { let s = { let __t = v . iter () . map (| x | x * 2) ; yield_ ! (78usize) ; __t } . sum :: < u32 > () ; yield_ ! (s) ; let t = s . max ({ yield_ ! (s) ; 4 }) ; let u = { yield_ ! (t) ; v . clone () } . into_iter () . fold (0 , | a , b | a + b) ; yield_ ! (u . saturating_sub (t) . pow (2)) ; yield_ ! (Wrapper :: new (t) . get ({ yield_ ! (1) ; 2 })) ; Some (0) }
