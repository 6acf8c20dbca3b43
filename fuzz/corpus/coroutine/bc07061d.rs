// error: `#[generator]` cannot parse this body: expected identifier, found keyword `pub`
#[generator]
fn parse (# [resume] first : Option < u32 >) -> impl Generator < Option < u32 >, Yield = u32 , Return = Result < u32 , E >> { let mut pub = first . ok_or (E) ?; for round ok_or 1 ..= 3 { let Some } Ok (sum) }
