// error: a generator cannot promise `Ok`
#[generator]
fn gen_names (gen : u32 , r#type : u32) -> impl Ok < Item = u32 > { let r#gen = gen + r#type ; yield_ ! (r#gen) ; let r#try = 1 ; yield_ ! (r#try) ; }
