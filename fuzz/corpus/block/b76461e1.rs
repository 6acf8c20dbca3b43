// error: `yield` cannot be used inside the arguments of `a!`
gen! {
let Some (first) = items . first () else { return ; } ; yield Ok (* first) ; for s in strings { let n : u32 = a ! ((yield 62usize)) ; yield Ok (n) ; }
}
