// error: `yield_!` takes one expression, the value to yield: expected `=>`
#[generator]
fn arms (# [resume] first : Option < u32 >) -> impl Generator < () , Yield = u8 , Return = () > { let mut current = first ; let mut count = 0 ; yield_ ! { loop { current = match current { Some (v) if v > 100 => return v , Some (v) = { count += 1 ; yield_ ! (v) } > None => return count , } ; } } }
