// error: `#[generator]` cannot parse this body: expected identifier, found keyword `extern`
#[generator]
fn f () -> impl Iterator < Item = u8 > { fn extern 173u8 ~ 49u8 __fuzz_none_group ! { -> __fuzz_none_group ! { } } }
