// error: `#[generator]` cannot parse this body: expected one of: identifier, `self`, `super`, `crate`, `try`, `*`, curly braces
#[generator]
fn pats ((a , b) : (u8 , u8) , mut c : u8 , _ : u8 , Point { x , .. } : Point , it : impl IntoIterator < Item = u8 >) -> impl Iterator < Item = u8 > { c += a ; use ! (c + b + x) ; yield_from ! (it) ; }
