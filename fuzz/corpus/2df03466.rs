// error: `yield_from!` cannot be used inside the arguments of `r#type!`
#[generator]
pub fn count_up (n : u32) -> impl Iterator < Item = u32 > { { for i in 0 .. n { r#type ! (i yield_from ! { 1 } ;) ; } } }
