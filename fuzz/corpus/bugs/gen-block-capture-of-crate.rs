// panic at caught in expand::gen_block: internal error in `#[generator]`: the expansion of this `gen!` block failed
// not valid Rust (`crate` is not a value), but a gen! block takes `crate` for a captured name and panics building `let mut crate = ..` (found by gen-fuzz --mode block at 9344282); fixed in c42433e
gen! {
let x = crate ; yield x ;
}
