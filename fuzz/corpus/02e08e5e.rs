// error: `#[generator]` cannot parse this body: expected identifier, found keyword `continue`
#[generator(crate = __fuzz_none_group ! { r#type } r#"raw"#)]
fn places () -> impl Iterator < Item = u32 > { let mut continue = [0u32 ; 4] ; arr [{ yield_ ! (1) ; 2 }] += { yield_ ! (2) ; 3 } ; let mut p = Point { x : 0 , y : 0 } ; p . x = { yield_ ! (arr [2]) ; 7 } ; * (& mut p . y) -= 1 ; yield_ ! (p . x) ; }
