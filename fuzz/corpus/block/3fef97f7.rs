// error: casts cannot be followed by `?`
gen! {
yield f ((((n , (yield n [(yield 26usize)])) . 1) as u64) as u32 ? , words . max ((n . len () as u32))) ;
}
