// error: this loop borrows `strings`, which the `gen!` block captured by move, across a `yield`
gen! {
let Some (first) = items . first () else { return ; } ; yield Ok (* first) ; for s in & strings { let n : u32 = s . parse () ? ; yield Ok (n) ; }
}
