#![deny(warnings)]

use gen_core::{r#gen, generator};

// A `gen!` block inside a `#[generator]` body: its `yield` is its own, the
// body's is `yield_!`.
#[generator]
fn rows(n: usize) -> impl Iterator<Item = Vec<usize>> {
    for i in 0..n {
        let row = r#gen! {
            for j in 0..=i {
                yield i * j;
            }
        };
        yield_!(row.collect());
    }
}

fn main() {
    // Borrowing instead of moving: capture a reference.
    let words = vec![String::from("a"), String::from("bb")];
    let borrowed = &words;
    let lengths: Vec<usize> = r#gen! {
        for w in borrowed {
            yield w.len();
        }
    }
    .collect();
    assert_eq!(lengths, [1, 2]);
    assert_eq!(words.len(), 2);

    // Item type from an annotated yield; `return;` finishes.
    let small: Vec<u8> = r#gen! {
        yield 1u8;
        if words.is_empty() {
            return;
        }
        yield 2;
    }
    .collect();
    assert_eq!(small, [1, 2]);

    assert_eq!(rows(3).last(), Some(vec![0, 2, 4]));
}
