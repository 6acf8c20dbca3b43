// error: `#[generator]` needs the function's body, and `auto` has none
#[generator]
pub fn auto (self : Self) -> impl Iterator < Item = u32 > + Clone ;
