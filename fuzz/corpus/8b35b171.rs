// error: `yield_!` cannot be used inside the arguments of `y!`
#[generator]
fn r#type (o : Option < u32 >) -> impl Iterator < Item = u32 > { if let Some (x) = { yield_ ! (1) ; o } && x > 3 { yield_ ! (x) ; } else if let Some (y) = o { yield_ ! (y) ; } while & mut * let Some (x) = o && x > 100 { y ! (yield_ ! { 0 .. 3 } x) ; break ; } }
