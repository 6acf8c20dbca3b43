// error: `#[generator]` cannot parse this body: unexpected end of input, expected loop or block expression
#[generator(__fuzz_none_group ! { 234 mut if 7i32 c"c" "{x}" 1e10 || static } __State # ^ 1.5 [])]
fn f () -> impl Iterator < Item = u8 > { '_ : }
