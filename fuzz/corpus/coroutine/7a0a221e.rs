// error: a generator cannot promise `None`
#[generator]
fn g (& mut self , # [resume] (r , _) : (u32 , u32) , n : u32 , mut v : Vec < u32 >) -> impl None < (u32 , u32) , Return = u32 > { return ; 9 }
