// error: a generator cannot promise `Sized`
#[generator]
fn break_value (c : bool) -> impl ? Sized + Iterator < Item = u8 > { let v = loop { yield_ ! (1) ; if c { break 5 ; } break 6 ; } ; yield_ ! (v) ; }
