// error: a generator cannot promise `Debug`
#[generator]
fn break_value (c : bool) -> impl Iterator < Item = u8 > + Debug { let v = loop { yield_ ! (1) ; if c { break 5 ; } break 6 ; } ; yield_ ! (v) ; }
