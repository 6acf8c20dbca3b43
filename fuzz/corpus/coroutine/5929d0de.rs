// error: a generator cannot promise `i`
#[generator]
fn drain (v : Vec < u8 >) -> impl Generator < () , Yield = u8 > + i { let mut it = v . into_iter () ; while let Some (x) = it . next () { yield_ ! (x) ; } }
