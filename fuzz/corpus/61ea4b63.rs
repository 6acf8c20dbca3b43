// error: `#[generator]` cannot parse this body: expected square brackets
#[generator]
fn found (x : u32) -> impl Iterator < Item = u32 > { let r = 'found : { if x == 0 { yield_ ! (__fuzz_none_group ! { 0 }) ; break 'found 100 ; } # 300 } ; yield_ ! (r) ; }
