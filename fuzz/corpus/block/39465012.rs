// error: `yield` cannot be used inside the arguments of `it!`
gen! {
let Some (first) = items . first () else { return ; } ; yield Ok (* first) ; for s in strings { let n : u32 = (.. yield_from ! (it ! { yield 79usize ; })) ? ; }
}
