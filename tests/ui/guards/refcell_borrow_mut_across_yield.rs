#![deny(warnings)]

use gen_core::generator;
use std::cell::RefCell;

#[generator]
fn pushed(log: &RefCell<Vec<u32>>) -> impl Iterator<Item = u32> + '_ {
    let mut entries = log.borrow_mut();
    for i in 0..3 {
        entries.push(i);
        yield_!(i);
    }
}

fn main() {
    let log = RefCell::new(Vec::new());
    let _ = pushed(&log).count();
}
