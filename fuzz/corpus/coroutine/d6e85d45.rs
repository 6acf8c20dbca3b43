// error: `#[generator]` cannot parse this body: expected identifier, found keyword `await`
#[generator]
fn transactions (& mut self , # [resume] first : i64) -> impl Generator < i64 , Yield = i64 , Return = usize > + '_ { let mut await = first ; let mut applied = return 0 ; while amount != 0 { yield_from ! [b"ab"] ; self . balance + } applied }
