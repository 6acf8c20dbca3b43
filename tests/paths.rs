//! Rule 15, paths: the expansion names the runtime, `core` and `std` through
//! absolute paths, so dummy `core`, `std` and `gen_core` modules at the crate
//! root do not change its meaning; `#[generator(crate = path)]` reaches the
//! runtime through a re-export; `yield_!`/`yield_from!` may be written by path.
extern crate gen_core as real_gen;

// Shadowing modules: any relative `core::…`, `std::…` or `gen_core::…` path
// in the expansion would resolve to these and fail to compile.
mod core {}
mod std {}
mod gen_core {}

#[allow(
    dead_code,
    reason = "shadows prelude names a careless expansion might use"
)]
mod shadows {
    pub struct Option;
    pub struct Some;
    pub struct None;
    pub struct Box;
    pub struct Iterator;
}

#[allow(
    unused_imports,
    reason = "only here to shadow the prelude for the expansions below"
)]
use shadows::{Box, Iterator, None, Option, Some};

mod my_reexport {
    pub use ::gen_core;
}

mod nested {
    pub mod deeper {
        pub use ::gen_core as runtime;
    }
}

#[real_gen::generator]
fn shadowed(n: u32) -> impl ::core::iter::Iterator<Item = u32> {
    for i in 0..n {
        yield_!(i);
    }
    yield_from!(10..12);
}

#[test]
fn rule_15_absolute_paths_despite_shadowing_modules() {
    assert_eq!(shadowed(2).collect::<Vec<_>>(), [0, 1, 10, 11]);
}

#[real_gen::generator]
fn shadowed_question_mark(
    items: Vec<::core::option::Option<u32>>,
) -> impl ::core::iter::Iterator<Item = u32> {
    for item in items {
        yield_!(item?);
    }
}

#[test]
fn rule_15_question_mark_expansion_uses_absolute_paths() {
    let items = vec![
        ::core::option::Option::Some(1),
        ::core::option::Option::None,
    ];
    assert_eq!(shadowed_question_mark(items).collect::<Vec<_>>(), [1]);
}

#[real_gen::generator]
fn shadowed_recursion(n: u32) -> impl ::core::iter::Iterator<Item = u32> {
    if n > 0 {
        yield_!(n);
        yield_from!(shadowed_recursion(n - 1));
    }
}

#[test]
fn rule_15_recursion_boxing_uses_absolute_paths() {
    assert_eq!(shadowed_recursion(3).collect::<Vec<_>>(), [3, 2, 1]);
}

#[real_gen::generator]
fn shadowed_boxed(n: u32) -> ::std::boxed::Box<dyn ::core::iter::Iterator<Item = u32>> {
    yield_!(n);
}

#[test]
fn rule_15_boxed_return_uses_absolute_paths() {
    assert_eq!(shadowed_boxed(4).collect::<Vec<_>>(), [4]);
}

#[real_gen::generator(crate = real_gen)]
fn through_renamed_crate() -> impl ::core::iter::Iterator<Item = u8> {
    yield_!(1);
}

#[real_gen::generator(crate = my_reexport::gen_core)]
fn through_reexport() -> impl ::core::iter::Iterator<Item = u8> {
    yield_!(2);
    yield_from!(through_reexport_helper());
}

#[real_gen::generator(crate = crate::nested::deeper::runtime)]
fn through_reexport_helper() -> impl ::core::iter::Iterator<Item = u8> {
    yield_!(3);
}

#[test]
fn rule_15_crate_argument_through_a_rename_and_a_reexport() {
    let all: ::std::vec::Vec<u8> = through_renamed_crate().chain(through_reexport()).collect();
    assert_eq!(all, [1, 2, 3]);
}

#[real_gen::generator]
fn yields_by_path() -> impl ::core::iter::Iterator<Item = u8> {
    real_gen::yield_!(1);
    ::gen_core::yield_!(2);
    real_gen::yield_from!([3, 4]);
    ::gen_core::yield_from!([5]);
}

#[test]
fn rule_15_yield_macros_written_by_path() {
    assert_eq!(
        yields_by_path().collect::<::std::vec::Vec<_>>(),
        [1, 2, 3, 4, 5]
    );
}
