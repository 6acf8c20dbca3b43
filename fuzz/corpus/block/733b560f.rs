// error: unexpected token
gen! {
__fuzz_none_group ! { n ; ; }
}
