// error: `#[generator]` needs the function's body, and `windows` has none
#[generator]
fn windows < I : Iterator < Item = u32 >> (it : I , n : usize) -> impl Iterator < Item = Vec < u32 >>;
