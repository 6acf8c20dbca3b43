// error: `#[generator]` cannot parse this body: expected identifier, found keyword `box`
#[generator]
fn closures (k : u32 , values : Vec < u32 > , # [resume] first : u32) -> impl Generator < u32 , Yield = u32 , Return = u32 > { let f = | x : u32 | x + k ; let _ = async move { let mut box = values . into_iter () . map (| v | v * k) } ; f (last) * 1000 }
