// error: `yield_!` cannot be used inside the arguments of `r#gen!`
#[generator]
fn blocks () -> Box < dyn Iterator < Item = u8 > + Send + 'static > { unsafe { yield_ ! (1) ; } ; r#gen ! ((yield_ ! (91usize) , 91usize) . 1) ; drop ((yield_ ! (67usize) , 67usize) . 1) ; }
