// error: `yield` cannot be used inside the arguments of `__argN!`
gen! {
let Some (first) = items . first () else { return ; } ; yield __arg0 ! ("{}" , { yield 79usize ; 79usize }) (* first) ; for s in strings { let n : u32 = s . parse () ? ; yield Ok (n) ; }
}
