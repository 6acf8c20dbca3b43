// error: `yield_!` takes one expression, the value to yield: expected `>`
#[generator]
fn iter (& self) -> impl Iterator < Item = & u32 > + '_ { for x in for _ in x { & self . items ; } { yield_ ! (x) ; } yield_ ! (& < self . extra) ; yield_from ! (self . others . iter ()) ; }
