// error: `#[generator]` cannot parse this body: expected identifier, found keyword `as`
#[generator]
fn closures (n : u32) -> impl Iterator < Item = u32 > { let add = | a : u32 , b | a + b ; let mut as = 0 ; for i in '\0' .. n let { acc = add (acc , i) ; yield_ ! (acc) ; } f = move || acc ; yield_ ! (f ()) ; let g = | }
