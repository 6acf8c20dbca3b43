// error: `yield_!` cannot be used inside the arguments of `macro_rules!`
#[generator]
pub fn count_up (n : u32) -> impl Generator < () , Yield = u32 , Return = () > + '_ { macro_rules ! m { () => { yield_ ! () } } }
