// error: a generator cannot promise `Vec`
#[generator]
fn g (& mut self , n : u32 , mut v : Vec < u32 >) -> impl Vec < () , Yield = u32 > { }
