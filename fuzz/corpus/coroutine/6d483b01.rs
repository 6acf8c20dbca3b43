// error: `#[generator]` needs the function's body, and `opt` has none
#[generator]
fn opt (v : Vec < Option < u8 > >) -> impl Generator < () , Yield = u8 , Return = () > ;
