#![deny(warnings)]

use gen_core::generator;

#[generator]
fn pairs(n: u32) -> impl Iterator<Item = (u32, u32)> {
    'outer: for i in 0..n {
        'inner: loop {
            for j in 0..n {
                if j > i {
                    continue 'outer;
                }
                yield_!((i, j));
                if i + j == 3 {
                    break 'outer;
                }
                if j == 10 {
                    break 'inner;
                }
            }
            break;
        }
    }
    let last = 'found: {
        for k in 0..n {
            yield_!((k, k));
            if k == 1 {
                break 'found k;
            }
        }
        0
    };
    yield_!((last, last));
}

fn main() {
    let v: Vec<_> = pairs(4).collect();
    assert_eq!(v.first(), Some(&(0, 0)));
    assert_eq!(v.last(), Some(&(1, 1)));
}
