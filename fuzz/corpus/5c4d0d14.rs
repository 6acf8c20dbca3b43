// error: `#[generator]` cannot parse this body: expected identifier, found keyword `dyn`
#[generator(crate = :: my :: reexport :: gen_core)]
fn paths () -> impl Iterator < Item = u32 > { i :: yield_ ! (1) ; :: dyn }
