// error: `yield_!` takes one expression, the value to yield: expected `;`
#[generator]
fn gen_names (gen : u32 , r#type : u32) { let r#gen = gen + r#type ; yield_ ! ({ let r#gen } gen) ; let r#try = - 1 ; yield_ ! (r#try) ; }
