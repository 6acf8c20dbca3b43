// error: unexpected token, expected `]`
gen! {
[yield n ; 3 ;]
}
