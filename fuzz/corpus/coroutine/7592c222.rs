// error: `#[generator]` cannot parse this body: expected identifier, found keyword `in`
#[generator]
fn steer (rows : u32 , # [resume] _ : bool) -> impl Generator < bool , Yield = (u32 , u32) , Return = Vec < u32 >> { let mut in = Vec :: new () ; }
