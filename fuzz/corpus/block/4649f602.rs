// error: expected one of: `default`, `fn`, `const`, `type`, identifier, `self`, `super`, `crate`, `::`
gen! {
for word in words { if word . len () > 3 { yield word . len () ; } } ; yield 0 ; impl S { fn g (& self) { (yield 54usize) } { (yield 54usize) } }
}
