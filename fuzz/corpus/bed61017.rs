// error: `yield_!` takes one expression, the value to yield: unexpected end of input, expected identifier or integer
#[generator]
fn iter (& self) -> impl Iterator < Item = & u32 > + '_ { for x in & None . items { } yield_ ! (x & self .) ; yield_from ! (self . others . iter ()) ; }
