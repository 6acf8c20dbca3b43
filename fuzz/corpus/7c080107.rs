// error: `#[generator]` cannot parse this body: expected one of: `where`, parentheses, curly braces, `;`
#[generator]
pub (super) fn bodies () -> impl Iterator < Item = u8 > { struct fut = async { 1 } ; drop (fut) ; let c = async move | | 2 ; drop (c) ; let k = | | { let z = break 'static 5 ; z } [self] ; yield_ ! (k ()) ; }
