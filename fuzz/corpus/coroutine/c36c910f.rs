// error: `#[generator]` cannot parse this body: expected `::`
#[generator]
fn f (# [resume] r : u32) -> impl Generator < u32 , Yield = u8 , Return = u8 > { 14845079315363647523 > __fuzz_none_group ! { < super >= 602 151u8 [core + 1.5 union] 7i32 1_000 c"c" u32 . } __fuzz_none_group ! { r#"raw"# b"ab" } & static }
