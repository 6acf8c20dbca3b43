// error: expected identifier or integer
gen! {
1_000 . <<
}
