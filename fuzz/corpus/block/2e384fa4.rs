// error: expected identifier, found keyword `super`
gen! {
let mut super = (words as u64) as u32 iter
}
