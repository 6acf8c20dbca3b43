// error: `#[generator]` needs the function's body, and `blocks` has none
#[generator]
fn blocks () -> impl default < default = u8 > ;
