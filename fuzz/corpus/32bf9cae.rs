// error: `#[generator]` needs the function's body, and `gen` has none
#[generator]
pub const fn gen (self : Self) ;
