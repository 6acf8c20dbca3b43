//! Edition 2021 behaviour: the same small tests as the 2024 crate, with
//! `+ '_` where edition 2021 needs it to capture a borrowed argument, and an
//! identifier named `gen` (a reserved keyword only from edition 2024).
#[path = "../../edition2024/tests/common/behaviour.rs"]
mod shared;

use gen_core::generator;

#[test]
fn library_countdown() {
    assert_eq!(gen_edition2021::countdown(3).collect::<Vec<_>>(), [3, 2, 1]);
}

#[generator]
fn named_gen(gen: u32) -> impl Iterator<Item = u32> {
    let r#async = gen + 1;
    yield_!(gen);
    yield_!(r#async);
}

#[test]
fn edition_2021_identifier_gen_is_usable() {
    assert_eq!(named_gen(4).collect::<Vec<_>>(), [4, 5]);
}

#[generator]
fn words(s: &str) -> impl Iterator<Item = &str> {
    for w in s.split(',') {
        yield_!(w.trim());
    }
}

#[test]
fn edition_2021_lifetime_captured_through_the_item_type() {
    assert_eq!(words("a, b").collect::<Vec<_>>(), ["a", "b"]);
}
