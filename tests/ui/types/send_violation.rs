use gen_core::generator;
use std::rc::Rc;

#[generator]
fn shared() -> impl Iterator<Item = u32> + Send {
    let counter = Rc::new(1);
    yield_!(*counter);
    yield_!(*counter + 1);
}

fn main() {
    let _ = shared();
}
