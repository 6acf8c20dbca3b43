// error: `yield_!` takes one expression, the value to yield: expected `|`
#[generator]
fn boxed < T > (step : u32 , # [resume] first : u32) -> impl Generator < u32 , u8 , Yield = u32 > { let mut n = first ; while n < 10 { n += step + yield_ ! (move) ; } n . to_string () }
