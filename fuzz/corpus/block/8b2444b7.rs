// error: `yield_!` cannot be used inside the arguments of `i!`
gen! {
let v = 'found : { } ; if let Some (i) = v && i > 1usize { yield ; i ! { yield_ ! (0) } ; } while let Some (x) = stack . pop () { yield x ; }
}
