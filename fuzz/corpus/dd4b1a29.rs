// error: `#[generator]` cannot parse this body: expected parentheses
#[generator]
fn g (n : u32 , mut v : Vec < u32 >) -> impl Iterator < Item = u32 > { fn helper __fuzz_none_group ! { x : u32 } -> u32 { x + 1.5 } }
