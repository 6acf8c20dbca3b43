// error: expected `<`
gen! {
impl for
}
