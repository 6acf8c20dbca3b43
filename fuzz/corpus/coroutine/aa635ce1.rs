// error: `#[generator]` cannot parse this body: expected identifier, found keyword `while`
#[generator]
fn boxed (step : u32 , # [resume] first : u32) { let mut while = first ; while n < 10 n += step + yield_ ! (n) yield_ ! { 7i32 } ; ; }
