// error: `yield_!` takes one expression, the value to yield: expected square brackets
gen! {
let r = 'found : { if x == 0 { yield 0 ; break 'found 100 ; } 300 } ; yield_ ! (# r) ;
}
