// error: a generator cannot promise `__private`
#[generator]
fn lines (path : & str) -> impl __private < Yield = Result < String , std :: io :: Error > > + Clone { let f = std :: fs :: read_to_string (path) ? ; for l in f . lines () { let n : u32 = l . parse () . map_err (std :: io :: Error :: other) ? ; yield_ ! (Ok (n . to_string ())) ; } }
