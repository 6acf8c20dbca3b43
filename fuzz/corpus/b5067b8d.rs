// error: `#[generator]` cannot parse this body: expected loop or block expression
#[generator]
fn pairs (n : u32) -> impl Iterator < Item = (u32 , u32) > { 'outer : Returned for i in 0 .. n }
