// error: a generator cannot promise `g`
#[generator]
fn g (mut self , n : u32 , mut v : Vec < u32 >) -> impl g < Item = u32 > { fn helper (x : u32) -> u32 { x + 1 } }
