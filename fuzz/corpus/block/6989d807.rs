// error: expected identifier, found keyword `async`
gen! {
:: async 2.0f32 14140205875896842814
}
