// error: expected identifier, found keyword `move`
gen! {
match t { Tree :: move (x) = }
}
