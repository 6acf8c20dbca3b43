// error: `yield_!` cannot be used inside the arguments of `println!`
#[generator]
fn tail (n : u8) -> impl Generator < () , Yield = u8 , Return = () > + '_ { while x { println ! ("{}" , yield_ ! (69usize)) ; } }
