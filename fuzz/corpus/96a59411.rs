// error: `yield_from!` cannot be used inside the arguments of `None!`
#[generator]
fn first_then_rest (v : Vec < u32 >) -> impl Iterator < Item = u32 > { let mut it = v . into_iter () ; let Some (first) = it . next () else { None ! (0 yield_from ! { yield_ ! (0) } ;) ; return ; } ; yield_ ! (first) ; let [a , b] = [it . next () , it . next ()] else { return } ; yield_ ! (a . unwrap_or (0) + b . unwrap_or (0)) ; }
