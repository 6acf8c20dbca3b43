// error: expected identifier, found keyword `pub`
gen! {
let mut pub = 0 ; while start < cells . len (start yield_ ! { } ;) { yield & }
}
