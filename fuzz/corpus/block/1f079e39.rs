// error: expected identifier or `_`
gen! {
const !
}
