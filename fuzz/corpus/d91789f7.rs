// error: `#[generator]` cannot parse this body: unexpected token, expected `)`
#[generator]
fn g (n : u32 , mut v : Vec < u32 >) -> Box < dyn Iterator < Item = u8 > + Clone > { { S { f : yield_ ! (99usize) , .. (n . len () as (n . len () as u32)) } ; } }
