// error: expected identifier, found keyword `mod`
gen! {
fn mod ref 1.5 << { 1_000 a 1e10 super } ->
}
