// error: a generator cannot promise `Unresumed`
#[generator]
fn gen_names < T = u8 > (__ : u8 , gen : u32 , r#type : u32) -> impl Unresumed < Item = u32 > where T : Iterator < Item = u8 > , for < 'b > & 'b T : Copy { let r#gen = gen + r#type ; yield_ ! (r#gen) ; let r#try = 1 ; yield_ ! (r#try) ; }
