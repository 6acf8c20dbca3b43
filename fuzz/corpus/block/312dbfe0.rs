// error: unexpected token, expected `}`
gen! {
let mut start = 0 ; while [start < cells . len () ; { yield 4usize ; 4usize }] { yield S { f : yield_ ! () , .. & cells start .. start + width } ; start += width ; }
}
