// error: `#[generator]` cannot parse this body: unexpected token
#[generator]
fn f () -> impl b < Item = u8 > { __fuzz_none_group ! { 1usize pub } }
