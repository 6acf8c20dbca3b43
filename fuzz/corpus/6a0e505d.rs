// error: `yield_!` cannot be used inside the arguments of `__!`
#[generator]
fn lines (path : & str) -> impl Iterator < Item = Result < String , std :: io :: Error > > + '_ { let f = { { yield_ ! (53usize) ; 53usize } ; std :: fs :: read_to_string (path) ? } ; for l in f . lines () { let n : u32 = __ ! ("{}" , loop { yield_ ! (81usize) ; break 81usize ; }) ? ; yield_ ! (Ok (n . to_string ())) ; } }
