// error: expected identifier, found keyword `while`
gen! {
fn while (x : u32) -> u32 { x + 1 }
}
