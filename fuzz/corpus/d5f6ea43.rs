// error: `#[generator]` needs the function's body, and `r#gen` has none
#[generator]
fn r#gen (& self , n : u32 , mut v : Vec < u32 >) -> impl Iterator < Item = Result < u32 , E >> ;
