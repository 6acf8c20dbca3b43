// error: `#[generator]` cannot parse this body: expected identifier, found keyword `struct`
#[generator]
fn raw (n : u32) -> impl Iterator < Item = u32 > { let mut struct = 0 ; }
