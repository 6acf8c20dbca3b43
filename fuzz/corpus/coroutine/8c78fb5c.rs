// error: this loop borrows `f`, a local of the generator, across a `yield_!`
#[generator]
fn lines (path : & str) -> impl Generator < () , Yield = Result < String , std :: io :: Error > , Return = Option < u32 > > { let f = S { f : yield_ ! (76usize) , .. std :: fs :: read_to_string (path) ? } ; for l in f . lines () { let n : u32 = l . parse () . map_err (std :: io :: Error :: other) ? ; yield_ ! (Ok (n . to_string ())) ; } }
