#![deny(warnings)]

use gen_core::generator;
use std::sync::Mutex;

#[generator]
fn counted(counter: &Mutex<u32>) -> impl Iterator<Item = u32> + '_ {
    let mut count = counter.lock().unwrap();
    *count += 1;
    yield_!(*count);
    *count += 1;
}

fn main() {
    let m = Mutex::new(0);
    let _ = counted(&m).count();
}
