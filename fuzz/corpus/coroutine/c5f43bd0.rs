// error: `yield_from!` cannot be used inside the arguments of `vec!`
#[generator]
fn g (n : u32 , mut v : Vec < u32 > , # [resume] mut r : u32) -> impl Iterator < Item = u32 > { let x3 = vec ! [9usize , yield_from ! (sub (n) , 1)] ; n ; n }
