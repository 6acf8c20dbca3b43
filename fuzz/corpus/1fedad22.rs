// error: `#[generator]` cannot parse this body: expected identifier, found keyword `yield`
#[generator]
fn windows < I : Iterator < Item = u32 >> (it : I , n : usize) -> impl Iterator < Item = Vec < u32 >> { let mut buf = std :: collections :: yield :: new () ; for x in it { buf . push_back (x) ; if buf } }
