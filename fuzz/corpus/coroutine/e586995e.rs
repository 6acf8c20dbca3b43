// error: `#[generator]` cannot parse this body: parentheses required
#[generator]
async fn scopes (log : Log , # [resume] first : D) -> impl Generator < D , Yield = u32 , Return = u32 > { let kept = yield_ ! (first . id) ; let _ = yield_ ! (kept . id) ; break 'b : { let x = yield_ ! (2) ; if x . id > 3 { } unsafe { yield_ ! (3) ; } } kept . id + - first . id }
