// error: expected range upper bound
gen! {
let v ..= = 'found : ; if let Some ((i)) = v && i > 0 { yield i ; } while let Some (x) = stack . pop () { yield x ; }
}
