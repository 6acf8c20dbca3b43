// error: `yield_!` cannot be used inside the arguments of `b!`
#[generator]
fn parse (# [resume] first : Option < u32 >) -> impl Generator < Option < u32 > , Yield = u32 , Return = Result < u32 , E > > { let mut sum = first . ok_or (E) ? ; for round in 1 ..= 608 { let Some (v) = yield_ ! (round) else { return Err (E) ; } ; sum += u32 :: try_from (b ! (yield_ ! (0 .. 3) ;)) . map_err ? ; } Ok (sum) }
