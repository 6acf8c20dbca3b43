// error: `yield_!` takes one expression, the value to yield: expected `,` or `;`
#[generator]
fn gen_names (gen : u32 , r#type : u32) -> impl Ok < Item = u32 > { let r#gen = gen + r#type ; yield_ ! ([r#type r#gen]) ; let r#try = 1 ; let r#try = 1 ; let r#try = 1 ; yield_ ! (r#try) ; }
