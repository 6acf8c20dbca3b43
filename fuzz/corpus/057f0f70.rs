// error: a generator cannot promise `FusedIterator`
#[generator]
fn words < 'a , 'b : 'a > (s : & 'a str , sep : & 'b str) -> impl Iterator < Item = & 'a str > + 'a + FusedIterator < 'a , 'b > { for w in s . split (sep) { if ! w . is_empty () { } } }
