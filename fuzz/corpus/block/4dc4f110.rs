// error: casts cannot be followed by a field access
gen! {
n += (loop { break (words . len () as u32 .) ; }) ; let x3 = { yield v ; 1 } ; return ;
}
