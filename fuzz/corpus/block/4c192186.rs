// error: casts cannot be followed by a method call
gen! {
yield (words . len () as u32) + ((v . len () as u32 . max ((- (words as i64) as u32))) ?) ; return ; return while words == 0 { break ; } v
}
