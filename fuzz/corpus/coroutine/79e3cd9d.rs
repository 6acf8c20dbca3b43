// error: a generator cannot promise `a`
#[generator]
fn cloneable < 'a > (label : & 'a str , # [resume] first : u32) -> impl Generator < u32 , Yield = String , Return = Vec < u32 > > + Clone + a { }
