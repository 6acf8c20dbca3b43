// error: casts cannot be followed by a function call
gen! {
(f ((words . len () as u32 ((words . len () as u32) , , v)) , , v)) ; 4
}
