// error: expected `if` or curly braces
gen! {
let x ; if c { x = 1 ; } else (x = 2 ;) yield x ; let x = x + 1 ; yield x ; let s = String :: new
}
