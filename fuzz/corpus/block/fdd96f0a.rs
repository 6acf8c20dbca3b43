// error: `yield_!` takes one expression, the value to yield: expected `:`
gen! {
let r#gen = gen + r#type ; yield_ ! ('outer r#gen) ; let r#try = 1 ; let v = 'static : { yield r#try ; break 'static 1 ; } ;
}
