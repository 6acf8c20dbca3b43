// error: a generator cannot promise `r#gen`
#[generator]
fn chain (o : Option < u32 >) -> impl r#gen < Item = u32 > { if let Some (x) = { yield_ ! (1) ; o } && x > 3 { yield_ ! (x) ; } else if let Some (y) = o { yield_ ! (y) ; } while let Some (x) = o && x > 100 { yield_ ! (x) ; break ; } }
