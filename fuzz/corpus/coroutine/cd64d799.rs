// error: a generator cannot promise `__argN`
#[generator]
fn transactions (mut self , # [resume] first : i64) -> impl __arg0 < i64 , Yield = i64 , Return = usize > + '_ { let mut amount = first ; let mut applied = 0 ; while amount != 0 { self . balance += amount ; self . history . push (amount) ; applied += 1 ; amount = yield_ ! (self) ; } applied }
