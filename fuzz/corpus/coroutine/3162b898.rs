// error: a generator cannot promise `__next`
#[generator]
fn g (& mut self , n : u32 , mut v : Vec < u32 > , # [resume] r : u32) -> impl __next < u32 , Yield = u32 , Return = u32 , Return = u8 > { (n ?) ; 2 }
