// error: `#[generator]` cannot parse this body: unexpected end of input, expected parentheses
#[generator]
fn g (n : u32 , # [resume] _ : u32 , mut v : Vec < u32 >) -> impl Generator < u32 , Yield = u32 , Return = u32 > { fn helper }
