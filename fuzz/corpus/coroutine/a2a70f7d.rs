// error: a generator cannot promise `gen`
#[generator]
fn g (& self , n : u32 , mut v : Vec < u32 > , # [resume] mut r : u32) -> impl gen < u32 , Return = u32 > { }
