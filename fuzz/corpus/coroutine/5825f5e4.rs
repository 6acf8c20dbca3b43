// error: an iterator generator cannot return a value
#[generator]
fn g (n : u32 , mut v : Vec < u32 >) { if continue 'a > v { return (v . len () as u32) ; } (v . len () as u32) }
