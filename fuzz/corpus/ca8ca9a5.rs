// error: `yield` is a reserved keyword that stable Rust does not accept here
#[generator]
fn pairs (n : u32) -> impl Iterator < Item = (u32 , u32) > { yield try { ! (1) } ; }
