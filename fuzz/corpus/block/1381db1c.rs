// error: `yield` cannot be used inside a match guard
gen! {
match x { _ if (yield 81usize) => { } _ => (yield 81usize) }
}
