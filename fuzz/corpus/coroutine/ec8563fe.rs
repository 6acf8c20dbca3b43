// error: `yield_!` takes one expression, the value to yield: expected `,`
#[generator]
fn outer () -> impl Generator < Yield = u8 , Return = usize > { struct S { f : u8 , } yield_ ! (1 2) ; }
