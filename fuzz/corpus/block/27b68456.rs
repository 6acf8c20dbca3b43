// error: expected `in`
gen! {
for it it
}
