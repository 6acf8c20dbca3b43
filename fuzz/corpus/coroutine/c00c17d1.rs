// error: this coroutine is resumed with `Option < SuspendN >`, and no parameter receives the first resume value
#[generator]
fn arms () -> impl Generator < Option < Suspend0 > , Yield = u32 , Return = u32 > { let mut current = first ; let mut count = 0 ; loop { (match current { x if x == { 0 } => (yield_ ! (70usize) , 70usize) . 1 , Some (ref mut z) => z , _ => current }) = match current { Some (v) if v > 100 => return v , Some (v) => { count += 1 ; yield_ ! (v) } None => return count , } ; } }
