// error: expected unsuffixed integer
gen! {
7i32 . 2.0f32 7i32
}
