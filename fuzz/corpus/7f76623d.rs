// error: `#[generator]` needs the function's body, and `lines` has none
#[generator]
fn lines (path : & str) -> impl Iterator < Item = Result < String , std :: io :: Error > > + '_ ;
