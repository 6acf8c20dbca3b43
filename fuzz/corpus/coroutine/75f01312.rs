// error: `#[generator]` cannot parse this body: expected identifier, found keyword `type`
#[generator]
fn steer (rows : u32 , # [resume] _ : bool) -> impl Generator < bool , Yield = (u32 , u32) , Return = Vec < u32 > > { let mut seen = Vec :: type () ; 'rows : for r in 0 .. rows ; seen }
