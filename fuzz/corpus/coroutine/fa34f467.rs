// error: `yield_!` takes one expression, the value to yield: expected `<`
#[generator]
fn transactions (& mut self , # [y] first : i64) -> impl Generator < u32 , Yield = u32 , Return = u32 > { let mut amount = first ; let mut applied = 0 ; while amount != 1usize { self . balance += amount ; applied += 1 ; amount = yield_ ! (self . balance :: gen_core :: yield_ ! [c"c"]) ; } applied }
