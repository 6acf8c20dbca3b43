// error: only one parameter can receive the first resume value
#[generator]
fn operands (# [resume] & r : & u32 , # [resume] first : i64) -> impl Generator < Yield = u32 , Yield = u8 > { }
