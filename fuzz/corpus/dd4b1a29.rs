// error: `#[generator]` cannot parse this body: expected parentheses
#[generator]
fn tail (n : u8) { fn n { 0 => { } => yield_ ! () , } }
