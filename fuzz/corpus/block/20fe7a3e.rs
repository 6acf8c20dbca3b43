// error: expected identifier
gen! {
:: <
}
