// error: comparison operators cannot be chained
gen! {
n <= b'x' > -> 1.5
}
