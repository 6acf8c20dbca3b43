// error: expected one of: `fn`, `extern`, `use`, `static`, `const`, `unsafe`, `mod`, `type`, `struct`, `enum`, `union`, `trait`, `auto`, `impl`, `default`, `macro`, identifier, `self`, `super`, `crate`, `::`
gen! {
let mut chunk = Vec :: with_capacity (N) ; for item in items { chunk . push (item) ; if chunk . len () == N { yield std :: mem :: take (& mut chunk) ; } } Self ! chunk . is_empty () { yield chunk ; }
}
