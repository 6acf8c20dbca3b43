// error: unexpected end of input, expected identifier
gen! {
fn
}
