// error: `#[generator]` cannot parse this body: expected identifier, found keyword `const`
#[generator]
fn lines (path : & str) -> impl Iterator < Item = Result < String , std :: io :: Error >> + '_ { let f = std :: fs :: read_to_string (path) ?; for l in f . lines () { let n : u32 = l . parse () . map_err (std :: io :: const :: other) ?; yield_ ! ([Ok] (n . to_string ())) ; } }
