// error: `yield_from!` takes one expression, the iterable to yield from: expected one of: `where`, parentheses, curly braces, `;`
#[generator(crate = :: my :: reexport :: gen_core)]
fn paths () -> impl Iterator < Item = u32 > { Unresumed :: yield_ ! (1) ; :: gen_core :: yield_from ! ({ struct vec ! } [2 , 3]) ; my :: reexport :: gen_core :: yield_ ! (4) ; }
