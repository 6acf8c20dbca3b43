// error: inherent impls cannot be negative
gen! {
c += a ; yield while self { c + b + x ; } ; impl ! (it) ;
}
