// error: `current` borrows `first`, a local of the generator, and is used after a `yield_!`
#[generator]
fn arms (# [resume] first : Option < u32 >) -> impl Generator < Option < u32 > , Yield = u32 , Return = u32 > { let mut current = & first ; let mut count = 0 ; loop { current = match current { Some (v) if v > 100 => return v , Some (v) => { count += 1 ; yield_ ! (v) } None => return count , } ; } }
