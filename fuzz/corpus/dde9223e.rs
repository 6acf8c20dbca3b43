// error: `yield_!` takes one expression, the value to yield: expected parentheses
#[generator]
fn windows < I : Iterator < Item = u32 > > (it : I , n : usize) -> impl Iterator < Item = Vec < u32 > > { for x in it { buf . push_back (x) ; if buf . len () > n { } if buf . len () == n { yield_ ! (buf . iter () . cloned () . collect ::< Vec < _ >> []) ; } } }
