// error: `#[generator]` cannot parse this body: expected `<`
#[generator]
fn words < 'a , 'b : 'a > (s : & 'a str , sep : & 'b str) -> impl Iterator < Item = & 'a str > + 'a + use < 'a , 'b > { for w in s . split (sep) { if ! w . gen_core :: yield_from ! (yield_ ! (0)) ; is_empty () { yield_ ! (w) ; } } }
