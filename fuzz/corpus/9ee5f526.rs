// error: `yield_from!` takes one expression, the iterable to yield from: expected identifier, found keyword `yield`
#[generator]
fn deep (c : bool , x : u8) -> impl Iterator < Item = () > { yield_from ! [{ let mut buf = std :: collections :: yield :: new () ; for x in it { buf . push_back (x) ; if buf } }] ; { if c { { let y = f ({ let y = while c { while c { yield_ ! (1) ; } ; } ; y }) ; y } } else { () } } ; }
