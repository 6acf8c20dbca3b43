// error: `#[generator]` cannot parse this body: expected identifier, found keyword `fn`
#[generator]
fn windows < I : Iterator < Item = u32 >> (it : I , n : usize) -> impl Iterator < Item = Vec < u32 >> { let mut buf = std :: collections :: fn :: new () ; for x in it { buf . push_back (x) ; if buf . len > n { buf . pop_front () ; } if buf . len (yield_ ! [>] ;) == n { yield_ ! (buf . iter () . cloned () . collect ::< Vec < _ >> ()) ; } } }
