// error: expected identifier, found keyword `static`
gen! {
let mut static = v . into_iter () ; while let Some (x) = it . next () as u8 { yield x ; }
}
