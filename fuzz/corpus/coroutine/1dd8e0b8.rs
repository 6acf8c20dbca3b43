// error: `#[generator]` cannot parse this body: expected one of: `fn`, `static`, `type`, identifier, `self`, `super`, `crate`, `::`
#[generator]
fn transactions (& mut self , # [resume] first : i64) -> impl Generator < i64 , Yield = i64 , Return = usize > + '_ { let mut amount = first ; let mut applied = 0 ; while amount != 0 { self . balance += amount ; self . history . push (amount) ; applied += async { 1 } ; amount = yield_ ! (self . balance) ; impl S { fn g (& self) { extern { yield_ ! (63usize) ; break 63usize ; } } } } ; x += self ; applied }
