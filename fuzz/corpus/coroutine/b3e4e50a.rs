// error: this loop borrows `v`, a local of the generator, across a `yield_!`
#[generator]
fn opt (v : Vec < Option < u8 > > , # [resume] __r : u32) -> impl Generator < u32 , Yield = u8 , Return = u32 > + Clone { for x in & v { let y = x ? ; let _ = async move { if y == 0 { return ; } } ; yield_ ! (y) ; } ; return ; 0 }
