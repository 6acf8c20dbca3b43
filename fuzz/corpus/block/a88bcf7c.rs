// error: expected identifier, found keyword `try`
gen! {
fn try (x) -> u32 { x + 1 } let x3 = (yield 2) ; loop { break n ; }
}
