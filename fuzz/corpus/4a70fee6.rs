// unparsable: expected an expression
#[generator]
pub fn count_up (n : u32) -> impl Iterator < Item = u32 > { (for i in 0 .. n { yield_ ! (i) ; }) = self }
