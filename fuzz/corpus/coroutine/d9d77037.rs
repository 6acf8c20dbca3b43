// error: `yield_from!` takes one expression, the iterable to yield from: expected `>`
#[generator]
fn iter (& self) -> impl Generator < () , Yield = & u32 , Return = () > { yield_ ! (& self . extra) ; yield_from ! (< self . others . iter ()) ; }
