// error: `#[generator]` cannot parse this body: expected identifier, found keyword `try`
#[generator]
fn pairs (n : u32) -> impl Iterator < Item = (u32 , u32) > { type try { ! (1 yield_ ! ({ yield try ; })) } ; }
