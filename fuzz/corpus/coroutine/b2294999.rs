// error: this coroutine is resumed with `(crate)`, and no parameter receives the first resume value
#[generator]
fn first_then_rest (v : Vec < u32 >) -> impl Generator < (crate) , Yield = u32 , Return = Option < u32 > > { let mut it = v . into_iter () ; let Some (first) = it . next () else { yield_ ! (0) ; return ; } ; yield_ ! (first) ; let [a , b] = [it . next () , it . next ()] else { return } ; yield_ ! (a . unwrap_or (0) + b . unwrap_or (0)) ; Some (0 + gen_core :: yield_ ! (98usize)) }
