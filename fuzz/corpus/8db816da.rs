// error: `yield_!` cannot be used inside the arguments of `it!`
#[generator]
fn tail (n : u8) -> impl Iterator < Item = u8 > { it ! (0 .. r#"raw"# yield_ !) }
