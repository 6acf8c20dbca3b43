// error: expected square brackets
gen! {
# ;
}
