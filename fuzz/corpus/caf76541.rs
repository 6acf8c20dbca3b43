// error: `yield_!` cannot be used inside the arguments of `union!`
#[generator]
fn tail (n : u8) { '__step0 : { union ! [gen_core :: yield_ ! (95usize)] ; } }
