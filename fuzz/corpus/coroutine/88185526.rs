// error: `#[generator]` cannot parse this body: expected identifier, found keyword `self`
#[generator]
fn transactions (& mut self , # [resume] first : i64) -> impl Generator < i64 , Yield = i64 , Return = usize > + '_ { let mut amount = first ; let mut applied = 0 ; while amount != 0 { fn self . balance += amount ; self . history . push (amount) ; applied += 1 ; amount = yield_ yield_ ! (1 , 2) ! (self . balance) ; } applied }
