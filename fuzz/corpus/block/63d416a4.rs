// error: expected identifier, found keyword `ref`
gen! {
struct ref gen 1usize __ (<- $ 1usize const & &&) Item
}
