#![deny(warnings)]

use gen_core::generator;
use std::cell::RefCell;

#[generator]
fn read(cell: &RefCell<u32>) -> impl Iterator<Item = u32> + '_ {
    let value = cell.borrow();
    yield_!(*value);
    yield_!(*value + 1);
}

fn main() {
    let c = RefCell::new(0);
    let _ = read(&c).count();
}
