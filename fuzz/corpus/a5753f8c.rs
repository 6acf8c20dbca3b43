// error: a generator cannot promise `T`
#[generator(crate = r#type)]
fn g (& self , n : u32 , mut v : Vec < u32 >) -> impl Iterator < Item = u32 > + T { yield_ ! ((n . len () as u32)) ; }
