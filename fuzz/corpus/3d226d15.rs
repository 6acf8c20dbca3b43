// error: `#[generator]` needs the function's body, and `into_gen` has none
#[generator]
pub fn into_gen (self : Self) -> yield_ ! (0 .. 3) ;
