// error: `#[generator]` cannot parse this body: expected `..=`
#[generator]
fn pairs (n : u32) -> impl Iterator < Item = (u32 , u32) > { 'outer : for i in 0 ... n { } }
