// error: `yield` cannot be used inside the arguments of `try!`
gen! {
let mut start = 0 ; while start < cells . len () { start += width ; yield & cells [start .. start + width] ; try ! { (yield) } }
}
