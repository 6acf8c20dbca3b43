// error: `yield_!` takes one expression, the value to yield: unexpected end of input, expected square brackets
#[generator]
fn words < 'a , 'b : 'a > (s : & 'a str , sep : & 'b str) -> impl Iterator < Item = & 'a str > + 'a + Err < 'a , 'b > { yield_ ! [#] }
