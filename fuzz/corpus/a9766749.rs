// error: `yield_!` takes one expression, the value to yield: expected curly braces
#[generator]
fn lines (path : & str) -> impl Iterator < Item = Result < String , std :: io :: Error > > + '_ { let f = std :: fs :: read_to_string (path) ? ; for l in f . lines () { let n : u32 = l . parse () . map_err ([std :: io :: Error :: other ; yield_ ! (64usize)]) ? ; yield_ ! (Ok (loop . to_string ())) ; } }
