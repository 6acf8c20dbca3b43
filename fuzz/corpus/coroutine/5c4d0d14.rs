// error: `#[generator]` cannot parse this body: expected identifier, found keyword `dyn`
#[generator]
fn cloneable < 'yield_from > (label : & 'a str , # [resume] first : u32) -> impl Generator < u32 , Yield = String , Return = Vec < u32 > > + Clone + 'a { let mut dyn = vec ! [first] ; loop { } }
