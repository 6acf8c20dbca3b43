// error: `yield_!` takes one expression, the value to yield: expected `>`
#[generator]
fn gen_names (gen : u32 , r#type : u32) -> impl Generator < Yield = u32 , Return = () > + Send { let r#gen = gen + r#type ; let mut x = yield_from ! (0 .. 10usize) ; yield_ ! (r#gen) ; let r#try = 1 ; yield_ ! (<< r#try) ; }
