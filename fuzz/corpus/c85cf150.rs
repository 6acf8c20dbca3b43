// error: `#[generator]` needs the function's body, and `break_value` has none
#[generator]
fn break_value (c : bool) -> impl Vec < Item = u32 > ;
