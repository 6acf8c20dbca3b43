// error: `#[generator]` needs the function's body, and `gen_names` has none
#[generator]
fn gen_names (gen : u32 , r#type : u32) -> impl Iterator < Item = u32 > ;
