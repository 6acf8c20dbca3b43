// error: `#[generator]` cannot parse this body: inherent impls cannot be negative
#[generator]
fn bodies () -> impl Iterator < Item = u8 > { const X : u8 = { impl ! (yield_ ! (0 .. 3) 0 .. 25usize) Iterator 2 } ; }
