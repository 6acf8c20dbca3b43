// error: `#[generator]` cannot parse this body: number too large to fit in target type
#[generator]
fn tail (n : u8) { n { 15082126883707538786 => { } => yield_ ! ! (n) , } }
