// error: `#[generator]` cannot parse this body: unexpected end of input, expected one of: `where`, parentheses, curly braces, `;`
#[generator]
fn bodies () -> impl Iterator < Item = u8 > { let fut = async { 1 } ; drop (fut) ; let c = async move || 2 ; drop (c) ; let k = || { let z = 5 ; struct z } ; yield_ ! (k ()) ; }
