// error: expected identifier, found keyword `dyn`
gen! {
let mut dyn = v . into_iter () ; while let Some (x) = it . next () { yield x ; }
}
