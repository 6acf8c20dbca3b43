// error: expected identifier, found keyword `self`
gen! {
fn self '\0' type _1 r#yield let +
}
