// error: `yield_from!` cannot be used inside a match guard
gen! {
let mut start = 0 ; match x { _ if yield_from ! (0 .. 89usize) => { } _ => yield_from ! (0 .. 89usize) }
}
