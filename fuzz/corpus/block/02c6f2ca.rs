// error: expected identifier, found keyword `for`
gen! {
enum for
}
