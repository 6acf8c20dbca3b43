// error: expected identifier, found keyword `trait`
gen! {
fn trait (x : u32) -> u32 { x + 1 }
}
