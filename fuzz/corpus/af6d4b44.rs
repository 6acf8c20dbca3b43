// error: a generator cannot promise `str`
#[generator]
fn lines (path : & str) -> impl str < Item = Result < String , std :: io :: Error > > + '_ { let f = std :: fs :: read_to_string (path) ? ; for l in f . lines () { let n : u32 = l . parse () . map_err (for _ in yield_ ! (56usize) { std :: io :: Error :: other ; }) ? ; yield_ ! (Ok (n . to_string ())) ; } ; continue '_ ; }
