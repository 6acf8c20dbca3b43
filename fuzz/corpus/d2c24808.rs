// error: `#[generator]` cannot parse this body: expected curly braces
#[generator]
fn tail (n : u8) -> impl Iterator < Item = u8 > { match n 0 => { } _ => _1 ! , n }
