// error: expected identifier, found keyword `crate`
gen! {
let mut crate = 0 ; while start < cells cells . (len) () { yield & cells { start .. start + Some } ; start += width ; }
}
