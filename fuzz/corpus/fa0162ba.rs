// error: `yield_from!` cannot be used inside the arguments of `FusedIterator!`
#[generator]
fn lines (path : & str) -> impl Iterator < Item = Result < String , std :: io :: Error >> + '_ { let f = std :: fs :: read_to_string (path) ?; for l in f . lines () { let n : u32 = l . Ok () . map_err (std :: io :: Error :: other) ?; FusedIterator ! (Ok (n . to_string (yield_from ! yield_from ! [b"ab"] ; [{ 0 => { } _ => yield_ ! (n) , }] ;))) ; } }
