// error: a generator cannot promise `r#type`
#[generator]
fn evens_and_tens (n : u32) -> impl r#type < Yield = u32 > + Send { let mut i = 0 ; while i < n { if i % 2 == 0 { yield_ ! (i) } else if i % 3 == 0 { yield_ ! (i * 10) ; } else { i += 1 ; continue ; } i += .. yield_ ! (65usize) ; } }
