// error: expected identifier, found keyword `Self`
gen! {
let mut Self = r#"raw"# ; while start < cells . len () { while }
}
