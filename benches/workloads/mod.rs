//! The benchmark workloads, shared by the criterion bench (`benches/generators.rs`),
//! the callgrind driver (`benches/callgrind.rs`), `examples/measure.rs` and the
//! nightly crate (`bench-nightly/`).
//!
//! Every workload is written once per implementation, side by side:
//!
//! | name | what it is |
//! | --- | --- |
//! | `hand` | a hand-written `Iterator` struct, the baseline of every ratio |
//! | `generator` | `#[gen_core::generator]` |
//! | `from_fn` | `std::iter::from_fn` with a closure keeping its state in captured variables |
//! | `diapause` | `#[diapause::coroutine]` 0.2, iterated through its `IntoIterator` |
//! | `genawaiter_stack` | `genawaiter::stack::let_gen_using!` (no allocation) |
//! | `genawaiter_rc` | `genawaiter::rc::Gen` (allocates its future once) |
//! | `next_gen` | `#[next_gen::generator]`, stack-pinned with `mk_gen!` |
//! | `coroutine` | `#[gen_core::generator]` returning `impl Generator<Yield = u64>` (resumed with `()`), drained by [`drain_resume`] |
//! | `gen_macro` | the `generator` body in a `gen_core::r#gen! { .. }` block with native `yield` |
//!
//! Each implementation is a `fn(&Input) -> u64` that builds the iterator and
//! consumes it; [`Workload::check`] asserts that they all return the same value.
#![allow(
    dead_code,
    missing_docs,
    clippy::missing_panics_doc,
    clippy::must_use_candidate,
    clippy::cast_possible_truncation,
    clippy::many_single_char_names,
    clippy::trivially_copy_pass_by_ref, // every `run` is a `fn(&Input) -> u64`
    clippy::ptr_arg
)]

use std::any::Any;
use std::rc::Rc;

/// `pub fn impls(&Rc<Input>) -> Vec<Impl>` over the workload module's `hand`,
/// `generator`, `from_fn`, `diapause`, `genawaiter_stack`, `genawaiter_rc`,
/// `next_gen` submodules (each with a `run(&Input) -> u64`), then any extra
/// submodules named in the call.
macro_rules! standard_impls {
    ($($extra:ident),* $(,)?) => {
        pub fn impls(input: &::std::rc::Rc<Input>) -> Vec<super::Impl> {
            use super::bind;
            vec![
                bind("hand", input, hand::run),
                bind("generator", input, generator::run),
                bind("from_fn", input, from_fn::run),
                bind("diapause", input, diapause::run),
                bind("genawaiter_stack", input, genawaiter_stack::run),
                bind("genawaiter_rc", input, genawaiter_rc::run),
                bind("next_gen", input, next_gen::run),
                $(bind(stringify!($extra), input, $extra::run),)*
            ]
        }
    };
}

pub mod big_local;
pub mod dia_counter;
pub mod dia_large_state;
pub mod dia_nested;
pub mod dia_running_total;
pub mod fib;
pub mod filter_map;
pub mod merge;
pub mod nested_loops;
pub mod pipeline;
pub mod tree;
pub mod windows;

/// One implementation of a workload: builds the iterator over the shared input
/// and consumes it, returning a checksum.
pub struct Impl {
    pub name: &'static str,
    pub run: Box<dyn Fn() -> u64>,
}

/// A workload with its input built and every implementation bound to it.
pub struct Workload {
    pub name: &'static str,
    /// Items the outermost iterator yields per run (the divisor of "per item").
    pub items: u64,
    pub impls: Vec<Impl>,
}

impl Workload {
    /// Runs every implementation once and asserts they agree with `hand`.
    /// Returns the common result.
    pub fn check(&self) -> u64 {
        let expected = (self.impls[0].run)();
        for imp in &self.impls[1..] {
            let got = (imp.run)();
            assert_eq!(
                got, expected,
                "{}: {} returned {got}, hand-written {expected}",
                self.name, imp.name
            );
        }
        expected
    }

    pub fn get(&self, name: &str) -> Option<&Impl> {
        self.impls.iter().find(|i| i.name == name)
    }
}

/// Extra implementations supplied by the caller (the nightly crate adds its
/// `gen` blocks): given the workload's name and its `Rc<Input>` as `&dyn Any`.
pub type Extra<'x> = &'x dyn Fn(&str, &dyn Any) -> Vec<Impl>;

/// Binds `f` to a shared input.
pub fn bind<I: 'static>(name: &'static str, input: &Rc<I>, f: fn(&I) -> u64) -> Impl {
    let input = Rc::clone(input);
    Impl {
        name,
        run: Box::new(move || f(&input)),
    }
}

/// Consumes a coroutine (`Generator<(), Yield = u64>`) through `resume(())`
/// until it completes, folding the items into the same hash as [`drain_sum`].
#[inline]
pub fn drain_resume<G: gen_core::Generator<Yield = u64>>(mut g: G) -> u64 {
    let mut acc = 0u64;
    while let gen_core::GeneratorState::Yielded(x) = g.resume(()) {
        acc = (acc.rotate_left(5) ^ x).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
    acc
}

/// [`drain_resume`] of at most `n` items, for an endless coroutine: what
/// `drain_sum(iter.take(n))` is for an iterator.
#[inline]
pub fn drain_resume_take<G: gen_core::Generator<Yield = u64>>(mut g: G, n: u64) -> u64 {
    let mut acc = 0u64;
    for _ in 0..n {
        match g.resume(()) {
            gen_core::GeneratorState::Yielded(x) => {
                acc = (acc.rotate_left(5) ^ x).wrapping_mul(0x517c_c1b7_2722_0a95);
            }
            gen_core::GeneratorState::Complete(_) => break,
        }
    }
    acc
}

/// Consumes an iterator through `next()` (a plain `for` loop), folding the
/// items into an order-sensitive hash (`FxHash`'s step): the same consumer for
/// every implementation. A plain sum would let LLVM replace some loops by a
/// closed form or vectorize them, and there would be nothing left per item to
/// compare.
#[inline]
pub fn drain_sum<I: Iterator<Item = u64>>(iter: I) -> u64 {
    let mut acc = 0u64;
    for x in iter {
        acc = (acc.rotate_left(5) ^ x).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
    acc
}

macro_rules! registry {
    ($($m:ident),* $(,)?) => {
        /// Every workload's name, in table order.
        pub const NAMES: &[&str] = &[$(stringify!($m)),*];

        /// Builds the named workload (its input and its implementations).
        pub fn build(name: &str, extra: Extra<'_>) -> Option<Workload> {
            match name {
                $(stringify!($m) => {
                    let input = Rc::new($m::input());
                    let mut impls = $m::impls(&input);
                    impls.extend(extra(name, &input as &dyn Any));
                    Some(Workload { name: stringify!($m), items: $m::items(&input), impls })
                })*
                _ => None,
            }
        }
    };
}

registry!(
    fib,
    filter_map,
    tree,
    merge,
    windows,
    pipeline,
    nested_loops,
    big_local,
    dia_counter,
    dia_nested,
    dia_running_total,
    dia_large_state,
);

/// No extra implementations.
pub fn no_extra(_: &str, _: &dyn Any) -> Vec<Impl> {
    Vec::new()
}

/// Every implementation name that appears in some workload, in column order.
pub const IMPLS: &[&str] = &[
    "hand",
    "generator",
    "from_fn",
    "diapause",
    "genawaiter_stack",
    "genawaiter_rc",
    "next_gen",
    "hand_recursive",
    "coroutine",
    "gen_macro",
    "gen_block",
];

/// The body of `measured`: the only code callgrind counts
/// (`--toggle-collect=*gen_bench_measured*`).
#[inline(never)]
pub fn gen_bench_measured(run: &dyn Fn() -> u64) -> u64 {
    std::hint::black_box(run())
}

/// The callgrind driver, shared by `benches/callgrind.rs` and the nightly crate.
///
/// - `<workload> <impl>`: runs that one implementation once inside
///   [`gen_bench_measured`] and prints its result;
/// - `list`: prints `workload impl items` for every pair;
/// - anything else (as `cargo bench` passes `--bench`): runs every workload's
///   [`Workload::check`] and prints the results.
pub fn driver_main(extra: Extra<'_>) {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| a != "--bench")
        .collect();
    match args.as_slice() {
        [cmd] if cmd == "list" => {
            for name in NAMES {
                let w = build(name, extra).expect("registered");
                for imp in &w.impls {
                    println!("{} {} {}", w.name, imp.name, w.items);
                }
            }
        }
        [workload, imp] => {
            let w = build(workload, extra)
                .unwrap_or_else(|| panic!("unknown workload {workload}; try `list`"));
            let i = w
                .get(imp)
                .unwrap_or_else(|| panic!("{workload} has no impl {imp}; try `list`"));
            let r = gen_bench_measured(&*i.run);
            println!("{workload} {imp} items={} result={r}", w.items);
        }
        _ => {
            for name in NAMES {
                let w = build(name, extra).expect("registered");
                let r = w.check();
                let impls: Vec<&str> = w.impls.iter().map(|i| i.name).collect();
                println!("{name}: {} items, all of {impls:?} return {r}", w.items);
            }
        }
    }
}
