// error: a generator cannot return a value
#[generator]
fn opt (v : Vec < Option < u8 > >) -> impl Iterator < Item = u8 > { return return ; }
