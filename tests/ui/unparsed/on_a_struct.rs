use gen_core::generator;

#[generator]
struct Numbers;

fn main() {}
