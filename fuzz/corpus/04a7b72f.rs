// error: `#[generator]` cannot parse this body: unexpected end of input, expected identifier or integer
#[generator]
pub fn count_up (n : u32) -> impl Iterator < Item = u32 > { for i in 0 . }
