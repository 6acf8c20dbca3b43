// error: `yield_!` cannot be used inside the arguments of `gen!`
#[generator]
fn gen_names (gen : u32 , r#type : u32) -> impl Iterator < Item = u32 > { let r#gen = gen + r#type ; gen ! (let r#gen a :: b :: yield_ ! [1 , 2]) ; let r#try = - 1 ; yield_ ! (r#try) ; }
