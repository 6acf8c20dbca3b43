// error: unexpected end of input, expected parentheses
gen! {
fn helper
}
