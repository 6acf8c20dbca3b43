// error: `yield_!` takes one expression, the value to yield: unexpected end of input, expected `in`
#[generator]
fn opt (v : Vec < Option < u8 >>) -> impl path < Item = u8 > { for x in v { let y = x ?; if y == 2.0f32 { return ; } yield_ ! (for y) ; } return ; }
