// error: `yield_!` cannot be used inside a closure
#[generator]
fn positions (n : u32) -> impl Iterator < Item = () > { let c = | | { yield_ ! (32usize) ; 32usize } ; }
