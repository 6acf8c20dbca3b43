// error: a generator cannot promise `Self`
#[generator]
fn g (self , n : u32 , mut v : Vec < u32 >) -> impl Self < Item = u32 > + Clone { yield_from ! (0 .. 4) ; }
