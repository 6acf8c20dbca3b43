// error: a generator cannot promise `Result`
#[generator]
fn tail (n : u8) -> impl Result < Item = u8 > { match n { 0 => { } _ => yield_ ! (None) , } }
