// error: expected one of: `fn`, `static`, `type`, identifier, `self`, `super`, `crate`, `::`
gen! {
if let Some (x) = (yield 57usize) && let Some (y) = c += a { x } extern { (yield 57usize) } ; yield c + b + x ; yield_from ! (it) ;
}
