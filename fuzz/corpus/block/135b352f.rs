// error: unexpected end of input, expected `if` or curly braces
gen! {
let mut i = 0 ; while i < n { if i % 2 == 0 { yield_ ! (i) } else }
}
