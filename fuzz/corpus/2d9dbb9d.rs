// error: `yield_!` cannot be used inside the arguments of `a!`
#[generator]
# [inline (always)] fn blocks () -> impl Iterator < Item = u8 > { unsafe { yield_ ! (b"ab") ; } f ({ try { { yield_ ! (2) ; } } let x = { { 3 } a ! { match [0 => { } _ => yield_ ! () ,] } ; } ; yield_ ! (x) ; } , gen_core :: yield_ ! (23usize)) }
