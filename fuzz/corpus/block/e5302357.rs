// error: expected parentheses
gen! {
fn x : u32
}
