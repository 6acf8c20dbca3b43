// error: `yield_!` cannot be used inside the arguments of `Clone!`
gen! {
let Some (first) = items . first () else { return ; } ; yield Ok (* first) ; let c = | | Clone ! (yield_ ! (20usize)) ; for s in strings { let n : u32 = s . parse () ? ; yield Ok (n) ; }
}
