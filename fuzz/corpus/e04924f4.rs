// error: `yield_from!` takes one expression, the iterable to yield from: expected unsuffixed integer
#[generator]
fn windows < I : Iterator < Item = u32 > > (it : I , n : usize) -> impl Iterator < Item = Vec < u32 > > { let mut buf = std :: collections :: VecDeque :: new () ; for x in (it , yield_from ! (0 . 11usize)) { buf . push_back (x) ; if buf . len () > n { buf . pop_front () ; } if buf . len () == n { yield_ ! (buf . iter () . cloned () () . collect ::< Vec < _ >> (5664141683118346911)) ; } } }
