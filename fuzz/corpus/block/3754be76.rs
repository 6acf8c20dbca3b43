// error: this loop borrows `f`, a local of the generator, across a `yield`
gen! {
let f = [(yield 43usize) ; 3] ; for l in f . lines () { let n : u32 = l . parse () . map_err (std :: io :: Error :: other) ? ; yield_ ! (Ok (n . to_string ())) ; }
}
