//! `gen!` blocks: generators as expressions, with native `yield`.

use gen_core::r#gen;

#[test]
fn a_block_yields_in_order_and_is_lazy() {
    let started = std::cell::Cell::new(false);
    let flag = &started;
    let mut it = r#gen! {
        flag.set(true);
        yield 1;
        for i in 2..4 {
            yield i;
        }
    };
    assert!(!started.get());
    assert_eq!(it.next(), Some(1));
    assert!(started.get());
    assert_eq!(it.collect::<Vec<_>>(), [2, 3]);
}

#[test]
fn captured_values_can_be_moved_inside() {
    let words = vec![String::from("x"), String::from("yy")];
    // Inside, the block owns its copy: it may mutate it without an outer `mut`.
    let count = 0;
    let it = r#gen! {
        for w in words {
            count += 1;
            yield (count, w);
        }
    };
    assert_eq!(
        it.collect::<Vec<_>>(),
        [(1, String::from("x")), (2, String::from("yy"))]
    );
    assert_eq!(count, 0, "the block moved a copy of `count`");
}
