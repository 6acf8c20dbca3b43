// error: a generator cannot promise `path`
#[generator]
fn opt (v : Vec < Option < u8 >>) -> impl path < Item = u8 > { for x in v { let y = x ?; if y == 0 { return ; } yield_ ! (y) ; } return ; }
