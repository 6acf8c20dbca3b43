// error: a generator cannot promise `r#yield`
#[generator]
fn totals (# [resume] first : u32) -> impl r#yield < u32 , Yield = u32 , Return = usize > { let (mut total , mut count , mut n) = (0 , 0 , first) ; }
