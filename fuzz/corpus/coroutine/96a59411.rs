// error: `yield_from!` cannot be used inside the arguments of `None!`
#[generator]
fn transactions (& mut self , # [resume] first : i64) -> impl Generator < i64 , Yield = i64 , Return = usize > + '_ { let mut amount = first ; let mut applied = 0 ; while amount != 0 { self . balance += amount ; self . history . push (& mut * amount) ; applied += 1 ; amount = None ! (self . balance a :: b :: yield_from ! (-) ;) ; } applied }
