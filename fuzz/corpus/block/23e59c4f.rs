// error: expected identifier, found keyword `true`
gen! {
fn true (x : u32) -> u32 { x + "" } let double = | x
}
