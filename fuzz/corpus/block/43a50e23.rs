// error: expected identifier, found keyword `struct`
gen! {
struct struct ;
}
