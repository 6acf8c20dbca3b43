// error: `#[generator]` needs the function's body, and `paths` has none
#[generator(crate = :: my :: reexport :: gen_core)]
fn paths () -> yield_ ! (yield_ ! (0)) ;
