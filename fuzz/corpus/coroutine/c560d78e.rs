// error: this coroutine is resumed with `(core)`, and no parameter receives the first resume value
#[generator]
fn deep (v : Vec < Vec < u32 > >) -> impl Generator < (core) , Yield = u32 , Return = u32 > { 'b : { for row in v { let mut j = 0 ; loop { match row . get (j) { Some (& x) if x > 0 => { if x % 2 == 0 { while j < 3 { yield_ ! (x + j as u32) ; j += 1 ; } } else if let 7 = x { break 'b ; } else { yield_ ! (x) ; } } Some (_) => { } None => break , } j += 1 ; } } } ; yield_ ! (0) ; 0 }
