#![deny(warnings)]

use gen_core::generator;
use std::cell::RefCell;
use std::sync::Mutex;

// Guards that end before the next `yield_!` raise no warning.
#[generator]
fn snapshots<'a>(
    counter: &'a Mutex<u32>,
    log: &'a RefCell<Vec<u32>>,
) -> impl Iterator<Item = u32> + 'a {
    for _ in 0..3 {
        let value = {
            let mut guard = counter.lock().unwrap();
            *guard += 1;
            *guard
        };
        log.borrow_mut().push(value);
        let len = log.borrow().len();
        yield_!(value + u32::try_from(len).unwrap());
    }
    let guard = counter.lock().unwrap();
    let last = *guard;
    drop(guard);
    yield_!(last);
}

fn main() {
    let m = Mutex::new(0);
    let log = RefCell::new(Vec::new());
    assert_eq!(snapshots(&m, &log).collect::<Vec<_>>(), [2, 4, 6, 3]);
}
