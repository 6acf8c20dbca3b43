// error: `#[generator]` cannot parse this body: unexpected end of input, expected square brackets
#[generator]
fn lines (path : & str) -> impl Iterator < Item = Result < String , std :: io :: Error >> + '_ { let f = std :: fs :: read_to_string (__fuzz_none_group ! { path }) ?; for l in f . lines (#) { } }
