// error: `yield_from!` needs one argument, the iterable to yield from
gen! {
yield_from ! ()
}
