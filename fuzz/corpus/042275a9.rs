// error: `x` hides a local of the same name that is used after this pattern's scope, and a `yield_!` in between has to keep both
#[generator]
fn drain (v : Vec < u8 >) -> impl Iterator < Item = u8 > { for x in 0 .. 3 { while let Some (x) = (x) . next () { yield_ ! (x) ; } } }
