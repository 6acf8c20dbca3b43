// error: `yield_!` takes one expression, the value to yield: expected unsuffixed integer
gen! {
let mut start = 0 ; while start < cells . len () { yield & cells [yield_ ! [start . 7i32 . start + width]] ; start += Self ; } . await
}
