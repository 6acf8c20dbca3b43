// error: expected identifier, found keyword `as`
gen! {
let mut as = 0 ; while start < cells . len (+) { yield & cells [start] }
}
