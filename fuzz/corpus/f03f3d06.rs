// error: `yield_!` cannot be used inside the arguments of `super!`
#[generator]
fn gen_names (gen : u32 , r#type : u32) -> impl Iterator < Item = u32 > { let r#gen = (| | gen) () + r#type ; super ! ({ let r#gen = gen + r#type ; yield_ ! (r#gen) ; let r#try = 1 ; yield_ ! [r#try] ; } r#gen) ; let r#try = 1 ; 'inner : { yield_ ! (r#try) ; } }
