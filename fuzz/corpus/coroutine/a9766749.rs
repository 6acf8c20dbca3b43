// error: `yield_!` takes one expression, the value to yield: expected curly braces
#[generator]
fn gen_names (# [resume] __r : u32 , gen : u32 , r#type : u32) -> impl Generator < u32 , Yield = u32 , Return = u32 > { let r#gen = gen + r#type ; yield_ ! (loop r#gen) ; let r#try = 1 ; yield_ ! (r#try) ; 0 }
