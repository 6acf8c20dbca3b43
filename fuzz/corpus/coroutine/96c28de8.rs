// error: `yield_!` takes one expression, the value to yield: expected identifier
#[generator(crate = my :: gen_core)]
pub fn ticks (n : u32) -> impl Generator < Yield = u32 > { for i in 0 .. n { if i == 2 { return } yield_ ! (__fuzz_none_group ! { i :: gen_core :: : ! [<] }) ; } yield_from ! (inner ()) ; }
