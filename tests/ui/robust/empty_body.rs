use gen_core::generator;

#[generator]
fn nothing() -> impl Iterator<Item = u32> {}

// An empty generator is valid; this case only checks the macro copes and
// that the generator is usable: the one error is the type mismatch below.
fn main() {
    let _: Vec<String> = nothing().collect();
}
