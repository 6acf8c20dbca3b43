// error: `#[generator]` cannot parse this body: unexpected end of input, expected delimiter
#[generator]
unsafe fn g (n : u32 , mut v : Vec < u32 >) -> impl Iterator < Item = u32 > + '_ { yield_ ! }
