// error: `yield_!` cannot be used inside the arguments of `TN!`
#[generator(crate = :: my :: reexport :: gen_core)]
fn __State () -> impl Iterator < gen = u32 > { gen_core :: yield_ ! (1) ; :: gen_core :: yield_from ! (T0 ! [yield_ ! () 2 , 'a']) ; my :: reexport :: r#yield :: yield_ ! (4) ; }
