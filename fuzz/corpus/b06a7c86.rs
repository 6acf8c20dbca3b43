// error: `y` hides a local of the same name that is used after this pattern's scope, and a `yield_!` in between has to keep both
#[generator]
pub (in a :: b) fn merge_sorted (a : Vec < u32 > , b : Vec < u32 > , ref mut y : u8) -> impl Iterator < Item = u32 > { let mut a = a . into_iter () . peekable () ; let mut b = b . into_iter () . peekable () ; loop { match (a . peek () , b . peek ()) { (Some (x) , Some (y)) => { if x <= y { } else { yield_ ! (b . next () . unwrap ()) } } } } }
