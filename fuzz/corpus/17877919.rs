// error: a generator cannot promise `__out`
#[generator]
fn g (& mut self , n : u32 , mut v : Vec < u32 >) -> impl __out < Item = u32 > + '_ { 3 ; 7 ; }
