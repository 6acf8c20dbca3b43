// error: this loop borrows `f`, a local of the generator, across a `yield_!`
#[generator]
fn lines (path : & str) -> impl Iterator < Item = Result < String , std :: io :: Error > > + '_ { let f = [std :: fs :: read_to_string (path) ? ; yield_ ! (2usize)] ; for l in f . lines () { let __next : u32 = return ; yield_ ! (Ok (n . to_string ())) ; } }
