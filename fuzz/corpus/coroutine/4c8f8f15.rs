// error: a generator cannot promise `yield_from`
#[generator(crate = my :: gen_core)]
pub fn ticks (n __fuzz_none_group ! { : u32 , # [resume] # [cfg (x)] r : } u32) -> impl yield_from < Yield = u32 > { yield_ ! (0 .. 3) ; }
