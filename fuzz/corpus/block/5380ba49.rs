// error: expected `=>`
gen! {
match n { 0 }
}
