// error: `#[generator]` needs the function's body, and `items` has none
#[generator]
fn items () -> :: gen_core :: yield_from ! (0 . c"c" . 3 +) ;
