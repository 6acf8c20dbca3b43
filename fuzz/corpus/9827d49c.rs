// error: a generator cannot promise `r#yield`
#[generator]
fn positions (n : u32) -> impl r#yield < Item = (gen_core :: yield_ ! { c"c" }) > { let a = f (yield_ ! (()) , 2) ; let b = [yield_ ! (()) , yield_ ! (())] ; let c = [gen_core :: yield_ ! (4usize) ; 3] + { yield_ ! (()) ; 7 } ; let d = if n > 0 { yield_ ! (()) } else { () } ; g (a , b . len () + c , d , match n { 0 => yield_ ! (()) , _ => () }) ; }
