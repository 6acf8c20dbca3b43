// error: `yield_!` cannot be used inside the arguments of `f!`
#[generator]
fn deep (c : bool , x : u8) -> impl Iterator < Item = () > { if c { if c { ((unsafe { f ! (unsafe { unsafe { match x { _ => { (while c { unsafe { match x { _ => 'l7 : { while c { if c { [if c { (while c { { yield_ ! (1) } ; }) } else { () }] } else { () } ; } } } } ; } , 1) } } } }) })) } else { () } } else { () } ; }
