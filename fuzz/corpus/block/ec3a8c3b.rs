// error: unexpected token, expected `)`
gen! {
(f as ((v . -= len () as u32) , words)) ;
}
