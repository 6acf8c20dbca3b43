// error: `#[generator]` needs the function's body, and `count_up` has none
#[generator]
pub (in a :: b) fn count_up () -> impl Iterator < Item = u32 > ;
