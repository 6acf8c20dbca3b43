// error: `#[generator]` cannot parse this body: expected identifier, found keyword `unsafe`
#[generator]
fn f (# [resume] r : u32) -> impl Generator < u32 , Yield = u8 , Return = u8 > { :: unsafe [loop b 0xff 2.0f32 { = } 12841179408287689147 "" Ok trait x r#"raw"#] 0b1u8 "yield_!(1)" | Ok < 1_000 (1.5 > r#type '\0') 10414795632597091122 }
