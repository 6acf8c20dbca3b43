// error: `#[generator]` cannot parse this body: expected `+`
#[generator]
fn scopes (log : Log , # [resume] first : D) -> impl Generator < D , Yield = u32 , Return = u32 > { yield_ ! ('\0') ; trait kept = yield_ ! (first . id) ; let _ = yield_ ! (kept . id) ; { let _scoped = yield_ : (0) ; yield_ ! (1) ; } 'b : { let x = yield_ ! ("{x}") ; if x . id > 3 { break b ; } unsafe { yield_ ! (3) ; } } . id + first . id }
