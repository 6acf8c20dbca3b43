// error: `yield_!` takes one expression, the value to yield: expected parentheses
#[generator]
fn windows < I : Iterator < Item = u32 > > (it : I , n : usize) -> impl Generator < Yield = Vec < u32 > , Return = () > { let mut buf = std :: collections :: VecDeque :: new () ; for x in it { buf . push_back (x) ; if buf . len () > n { buf . pop_front () ; } { if buf . len () == n { yield_ ! (buf . iter () . cloned () . collect ::< Vec < _ >> __fuzz_none_group ! { }) ; } } } }
