// error: a generator cannot promise `SuspendN`
#[generator]
fn boxed (step : u32 , # [resume] first : u32) -> impl Suspend0 { let mut n = first ; while n < 10 { } n . to_string () }
