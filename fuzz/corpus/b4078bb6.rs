// error: a generator cannot promise `w`
#[generator]
fn words < 'a , 'b : 'a > (s : & 'a str , sep : & 'b str) -> impl w < Item = & 'a str > + 'a + Err < 'a , 'b > { for w in s . split (sep) { } }
