// error: expected identifier, found keyword `box`
gen! {
let mut box = 0 ; 'outer : while i < n
}
