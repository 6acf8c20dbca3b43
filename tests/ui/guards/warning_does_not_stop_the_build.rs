use gen_core::generator;
use std::sync::Mutex;

// Without `deny`, the guard warning is a warning: the build goes on to the
// error below, which shows that the warning was reported.
#[generator]
fn counted(counter: &Mutex<u32>) -> impl Iterator<Item = u32> + '_ {
    let count = counter.lock().unwrap();
    yield_!(*count);
    yield_!(*count);
}

fn main() {
    let m = Mutex::new(0);
    let _: () = counted(&m);
}
