// error: `#[generator]` cannot parse this body: expected identifier, found keyword `impl`
#[generator]
fn operands (# [resume] first : i64) -> impl Generator < i64 , Yield = i64 , Return = i64 > { let mut impl acc = first ; acc = acc * 10 - yield_ ! (acc) * 2 ; }
