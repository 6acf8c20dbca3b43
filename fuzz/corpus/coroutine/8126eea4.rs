// error: `yield_from!` cannot be used inside the arguments of `println!`
#[generator]
fn steer (rows : u32 , # [resume] _ : bool) { let mut seen = println ! ("{}" , yield_from ! (0 .. 9usize)) () ; break seen }
