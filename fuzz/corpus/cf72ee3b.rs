// error: a generator cannot promise `Fn`
#[generator]
fn gen_names (gen : u32 , r#type : u32) -> impl Fn () -> u8 { let r#gen = gen + r#type ; yield_ ! (r#gen) ; let r#try = 1 ; }
