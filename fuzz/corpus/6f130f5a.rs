// error: `yield_!` cannot be used inside the arguments of `Item!`
#[generator]
pub fn count_up (n : u32) -> impl Iterator < Item = u32 > { Item ! ("{}" , yield_ ! (80usize)) ; drop (return 56usize) ; }
