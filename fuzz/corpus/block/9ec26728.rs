// error: expected `..=`
gen! {
...
}
