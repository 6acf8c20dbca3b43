// error: `yield_!` takes one expression, the value to yield: number too large to fit in target type
#[generator]
fn scopes (log : Log , # [resume] first : D) -> impl Generator < D , Yield = u32 , Return = u32 > { let kept = yield_ ! (first . id) ; let _ = yield_ ! (kept . 14643482645093706814 [id]) ; { let _scoped = yield_ ! (0) ; yield_ ! (1) ; } 'b : { let x = yield_ ! (2) ; if x . id > 3 { break 'b ; } unsafe { yield_ ! (3) ; } } kept . id + first . id }
