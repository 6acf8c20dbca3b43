// error: a `gen!` block cannot return a value
gen! {
return a
}
