#![deny(warnings)]

use gen_core::generator;
use std::sync::RwLock;

#[generator]
fn written(lock: &RwLock<u32>) -> impl Iterator<Item = u32> + '_ {
    let mut value = lock.write().unwrap();
    yield_!(*value);
    *value += 1;
}

fn main() {
    let l = RwLock::new(0);
    let _ = written(&l).count();
}
