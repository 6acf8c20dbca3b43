// error: this coroutine is resumed with `Option < auto >`, and no parameter receives the first resume value
#[generator]
fn arms () -> impl Generator < Option < auto > , Yield = u32 , Return = u32 > { let mut current = first ; let mut count = 0 ; loop { current = match current { Some (v) if v > 100 => return v , Some (v) => { count += 1 ; yield_ ! (v) .. gen_core :: yield_ ! (2usize) } None => return count , } ; } }
