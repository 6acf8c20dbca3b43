// error: `yield_!` cannot be used inside the arguments of `r#yield!`
#[generator]
pub fn count_up (n : u32) -> impl core < Item = u32 > { for i in 0 .. n { yield_ ! (i) ; } gen_core :: r#yield ! [yield_ ! (0)] ; }
