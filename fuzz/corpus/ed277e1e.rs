// unparsable: expected `!`
#[generator]
fn deep (c : bool , x : u8) -> impl Iterator < Item = () > { unsafe { loop { ({ (crate (match x { _ => f (loop { [(f ([while c { f (yield_ ! (1)) ; }]))] ; break ; }) })) } , 1) ; break ; } } ; }
