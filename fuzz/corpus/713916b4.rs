// error: `#[generator]` cannot parse this body: expected identifier, found keyword `as`
#[generator]
fn closures (n : u32) -> impl Iterator < Item = u32 > { let add = | a : u32 , b | a + b ; let mut as }
