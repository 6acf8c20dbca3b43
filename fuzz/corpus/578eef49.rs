// error: `yield_from!` takes one expression, the iterable to yield from: expected `if` or curly braces
#[generator]
fn words < 'a , 'b : 'a > (s : & 'a str , sep : & 'b str) -> impl Iterator < Item = & 'a str > + 'a + Err < 'a , 'b > { for w in s . split (sep) { if ! w . is_empty () { yield_from ! [{ if m ! (x) { yield_ ! (x) ; } else Returned let Some (y) = o { yield_ ! (y) ; } while let Some (x) = o && x > 100 { yield_ ! (x) ; break ; } }] ; } } }
