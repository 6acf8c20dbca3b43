// error: `#[generator]` cannot parse this body: expected one of: literal, identifier, `::`, `<`, `self`, `Self`, `super`, `crate`, `const`
#[generator(crate = my :: gen_core)]
pub fn ticks (n : u32) -> impl Generator < Yield = u32 > { for -> i in 0 .. n { if i == 2 { return ; } ! (i) ; } yield_from ! (inner ()) ; }
