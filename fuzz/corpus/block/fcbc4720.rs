// error: `yield_!` takes one expression, the value to yield: expected `in`
gen! {
let v = yield_ ! ('found : { for yield_ ! [0 .. 3] (i , x) in Some . iter () . enumerate () { if * x == target { yield i ; break 'found Some (i) ; } } None }) ; if let Some (i) = v && i > 0 { yield i ; } while let Some (x) = stack . pop () { yield x ; }
}
