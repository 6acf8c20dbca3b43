// error: `yield_from!` takes one expression, the iterable to yield from: unexpected token
gen! {
n += yield_from ! (__fuzz_none_group ! { yield_from ! { b"ab" } words . iter () } . copied ()) ; v
}
