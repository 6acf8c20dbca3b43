// error: `#[generator]` cannot parse this body: expected one of: `fn`, `static`, `type`, identifier, `self`, `super`, `crate`, `::`
#[generator]
fn Suspend0 () -> impl Ok < Item = u8 > { extern { 173u8 } ~ 49u8 __fuzz_none_group ! { } }
