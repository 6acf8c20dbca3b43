// unparsable: unexpected token, expected `;`
#[generator]
pub fn count_up (n : u32) -> impl Iterator < Item = u32 > { yield_ ! { println ! ("{}" , x) } self ; }
