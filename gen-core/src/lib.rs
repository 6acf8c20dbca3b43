//! Generators for stable Rust.
//!
//! Put [`#[generator]`](generator) on a function that returns
//! `impl Iterator<Item = T>`, and `yield_!` values from anywhere in its body.
//! The attribute rewrites the body into a state machine: calling the function
//! runs nothing, and each `next()` runs the body up to its next `yield_!`.
//!
//! ```
//! use gen_core::generator;
//!
//! #[generator]
//! fn fib() -> impl Iterator<Item = u64> {
//!     let (mut a, mut b) = (0, 1);
//!     loop {
//!         yield_!(a);
//!         (a, b) = (b, a + b);
//!     }
//! }
//!
//! assert_eq!(fib().take(6).collect::<Vec<_>>(), [0, 1, 1, 2, 3, 5]);
//! ```
//!
//! The generated iterator is lazy, fused, allocation-free and contains no
//! `unsafe`. See the [`generator`] attribute for the full rules.
//!
//! The same attribute makes coroutines that are resumed with values and
//! finish with a value (see [`Generator`]), and [`gen!`](gen!) makes an
//! iterator from a block with the native `yield` syntax.
#![no_std]
#![forbid(unsafe_code)]

#[cfg(feature = "alloc")]
extern crate alloc;

#[doc(hidden)]
#[path = "private.rs"]
pub mod __private;
mod generator;

pub use generator::{Generator, GeneratorState};

/// Turns a function whose body `yield_!`s values into a function that returns
/// an `Iterator`.
///
/// ```
/// use gen_core::generator;
///
/// /// The numbers in `start..end` that are divisible by `k`.
/// #[generator]
/// fn multiples(start: u32, end: u32, k: u32) -> impl Iterator<Item = u32> {
///     for n in start..end {
///         if n % k == 0 {
///             yield_!(n);
///         }
///     }
/// }
///
/// assert_eq!(multiples(1, 20, 6).collect::<Vec<_>>(), [6, 12, 18]);
/// ```
///
/// # Return types
///
/// `impl Iterator<Item = T>` with any of `+ Clone`, `+ Send`, `+ Sync`,
/// `+ Unpin`, `+ 'a` and `+ use<..>`; `impl FusedIterator<Item = T>`; and
/// `Box<dyn Iterator<Item = T> + ..>`, which boxes the generator. Anything else
/// is a compile error at the return type.
///
/// A function that returns `impl Generator<R, Yield = Y, Return = T>` (or its
/// `Box<dyn ..>`) is a coroutine instead: it is resumed with values of type
/// `R`, `yield_!` evaluates to them, and the body finishes with a value of
/// type `T`. The rules that differ are on the [`Generator`] trait.
///
/// # Semantics
///
/// **Lazy start.** Calling the function runs none of the body: the arguments
/// move into the generator and the body starts on the first `next()`.
///
/// ```
/// # use gen_core::generator;
/// use std::cell::Cell;
///
/// #[generator]
/// fn noisy(started: &Cell<bool>) -> impl Iterator<Item = u8> + '_ {
///     started.set(true);
///     yield_!(1);
/// }
///
/// let started = Cell::new(false);
/// let mut g = noisy(&started);
/// assert!(!started.get());
/// assert_eq!(g.next(), Some(1));
/// assert!(started.get());
/// ```
///
/// **`yield_!(e)`** hands `e` to the caller of `next()` and suspends; the next
/// call resumes right after it. It is an expression of type `()` and may stand
/// wherever an expression may: in a statement, a block's tail, a `let`
/// initializer, a match arm, a branch, an operand or an argument. Operands are
/// evaluated left to right as Rust evaluates them; those evaluated before the
/// `yield_!` are evaluated once, before it.
///
/// **Control flow.** `yield_!` works at any depth of `if`/`else`, `if let` and
/// let-chains, `match` arms, `loop`, `while`, `while let`, `for`, labeled loops
/// and blocks, with `break` (labeled, with a value), `continue` (labeled),
/// `let … else`, `return;`, and nested and `unsafe` blocks. Code that contains
/// no `yield_!` is emitted as written.
///
/// **`yield_from!(e)`** yields every item of `e: IntoIterator<Item = T>` in
/// turn, then evaluates to `()`. When `e` calls the generator function itself,
/// the macro boxes that call, so recursive generators compile as written:
///
/// ```
/// # use gen_core::generator;
/// #[generator]
/// fn countdown(n: u32) -> impl Iterator<Item = u32> {
///     if n > 0 {
///         yield_!(n);
///         yield_from!(countdown(n - 1));
///     }
/// }
///
/// assert_eq!(countdown(3).collect::<Vec<_>>(), [3, 2, 1]);
/// ```
///
/// **Finishing.** Falling off the end of the body or `return;` finishes the
/// generator; `next()` then returns `None` forever, and the returned type
/// implements `FusedIterator`. `return value;` is a compile error: yield the
/// value, then `return;`.
///
/// **`?`.** When `Item = Result<_, E>`, `expr?` on an `Err(e)` yields
/// `Err(E::from(e))` once and finishes. `?` on an `Option` that is `None`
/// finishes.
///
/// ```
/// # use gen_core::generator;
/// #[generator]
/// fn parse_all<'a>(words: &'a [&'a str]) -> impl Iterator<Item = Result<i32, std::num::ParseIntError>> + 'a {
///     for word in words {
///         yield_!(Ok(word.parse::<i32>()?));
///     }
/// }
///
/// let results: Vec<_> = parse_all(&["1", "x", "3"]).collect();
/// assert_eq!(results.len(), 2);
/// assert_eq!(results[0], Ok(1));
/// assert!(results[1].is_err());
/// ```
///
/// **Panics** propagate out of `next()`, and the generator is finished
/// afterwards.
///
/// **Locals.** Each local is either kept in the generator across a `yield_!`
/// or dropped there, by this rule:
///
/// - a local is *kept* across a suspension point when it is in scope there and
///   its name is mentioned in the code that can run after the point within the
///   local's scope; for a point inside a loop, the whole loop body counts for
///   the locals declared outside that loop;
/// - a local whose name starts with `_` (`let _guard = …;`) is kept to the end
///   of its scope, as Rust keeps it;
/// - a local assigned by an `x = …;` statement right after the point, before
///   anything reads it, is dead there and is not kept (its old value was
///   usually just yielded); so is `x` at a coroutine's `x = yield_!(…);`;
/// - every other local, and a local shadowed by a later `let` of the same
///   name in the same block, is dropped when the generator suspends at that
///   point, after the yielded value is computed.
///
/// An inner `let` or pattern binding that hides an outer local which the
/// generator keeps for code after the inner scope is renamed by the macro,
/// so both are kept:
///
/// ```
/// # use gen_core::generator;
/// #[generator]
/// fn running(step: u32) -> impl Iterator<Item = u32> {
///     let n = 100;
///     for i in 0..2 {
///         let n = n + i * step; // hides the outer `n` in the loop body
///         yield_!(n);
///     }
///     yield_!(n); // the outer `n`
/// }
///
/// assert_eq!(running(10).collect::<Vec<_>>(), [100, 110, 100]);
/// ```
///
/// Kept locals need no type annotations. Dropping a suspended generator drops
/// every kept value exactly once, in reverse order of declaration, as leaving
/// their scopes would.
///
/// ```
/// # use gen_core::generator;
/// #[generator]
/// fn chunks(items: Vec<u32>, size: usize) -> impl Iterator<Item = Vec<u32>> {
///     let mut chunk = Vec::new();
///     for item in items {
///         chunk.push(item);
///         if chunk.len() == size {
///             yield_!(chunk);
///             chunk = Vec::new();
///         }
///     }
///     if !chunk.is_empty() {
///         yield_!(chunk);
///     }
/// }
///
/// assert_eq!(chunks(vec![1, 2, 3, 4, 5], 2).collect::<Vec<_>>(), [vec![1, 2], vec![3, 4], vec![5]]);
/// ```
///
/// **Self-borrows.** A borrow of one of the generator's own locals cannot be
/// held across a `yield_!` (`for x in &local { yield_!(x) }`): the generator
/// would point into itself, and `Iterator::next` takes `&mut self`. Rust's own
/// `gen` blocks follow the same rule. Iterate by value or by index instead.
/// Borrows of arguments (`&'a [T]`, `&self`) are fine.
///
/// **Signatures.** Methods with `self`, `&self` or `&mut self`; generic types,
/// lifetimes and consts; `impl Trait` arguments; `where` clauses; trait impl
/// methods; visibility, doc comments and attributes are all kept.
///
/// ```
/// # use gen_core::generator;
/// struct Grid { width: usize, cells: Vec<u8> }
///
/// impl Grid {
///     #[generator]
///     fn rows(&self) -> impl Iterator<Item = &[u8]> + '_ {
///         let mut start = 0;
///         while start < self.cells.len() {
///             yield_!(&self.cells[start..start + self.width]);
///             start += self.width;
///         }
///     }
/// }
///
/// let grid = Grid { width: 2, cells: vec![1, 2, 3, 4] };
/// assert_eq!(grid.rows().collect::<Vec<_>>(), [[1, 2], [3, 4]]);
/// ```
///
/// **Clone.** With `+ Clone` in the return type, a generator whose kept values
/// are all `Clone` can be cloned mid-way; the clones go on independently.
///
/// ```
/// # use gen_core::generator;
/// #[generator]
/// fn naturals() -> impl Iterator<Item = u32> + Clone {
///     let mut n = 0;
///     loop {
///         yield_!(n);
///         n += 1;
///     }
/// }
///
/// let mut a = naturals();
/// a.next();
/// let b = a.clone();
/// assert_eq!(a.take(2).collect::<Vec<_>>(), [1, 2]);
/// assert_eq!(b.take(2).collect::<Vec<_>>(), [1, 2]);
/// ```
///
/// **Cost.** No heap allocation beyond the body's own, the boxing of recursive
/// `yield_from!` calls and a `Box<dyn …>` return. A suspended generator is as
/// large as its largest suspension state.
///
/// **Clean expansion.** The expansion contains no `unsafe`, and warning-free
/// code stays warning-free under `#![deny(warnings)]` and clippy. On an error
/// the function is still emitted, with a stand-in body, so the rest of the
/// crate keeps compiling.
///
/// **Paths.** The expansion names this crate as `::gen_core`. Users who reach
/// it through a re-export say where: `#[generator(crate = my_lib::gen_core)]`.
pub use gen_macro::generator;

/// Makes an iterator from a block, as Rust's unstable `gen { }` blocks do:
/// the block's `yield value;` expressions hand out its items.
///
/// ```
/// use gen_core::r#gen;
///
/// let words = ["one", "two", "three"];
/// let lengths = r#gen! {
///     for word in words {
///         if word.len() > 3 {
///             yield word.len();
///         }
///     }
///     yield 0;
/// };
/// assert_eq!(lengths.collect::<Vec<_>>(), [5, 0]);
/// ```
///
/// On edition 2021 the macro is written `gen!{ .. }`; from edition 2024 on,
/// `gen` is a reserved keyword and the macro is written `r#gen!{ .. }`. Code
/// moves to the native `gen { .. }` blocks (unstable, edition 2024) by
/// deleting `r#` and `!`.
///
/// # Rules
///
/// A `gen!` block follows the rules of a [`#[generator]`](generator)
/// function's body, with these differences:
///
/// - **Expression.** The block evaluates to an iterator (a
///   `FusedIterator`) and runs none of its code until the first `next()`.
/// - **Yield syntax.** `yield value;` yields, and `yield;` yields `()`;
///   `yield_!(value)` and `yield_from!(iter)` work too. `yield` cannot stand
///   in a closure, an `async` block or a nested `fn` within the block.
/// - **Captures.** The block captures what it uses from its surroundings by
///   `move`, as a `move` closure does. A captured variable may be moved or
///   mutated inside the block (`for x in v`), and is dropped where the
///   generator no longer needs it, like a function's argument; it needs no
///   `mut` outside, since the block owns its copy. Capture a reference
///   (`let v = &v;` before the block) to borrow instead. The macro cannot
///   see types, so it decides from the syntax: a name that is called
///   (`f(x)`), starts with a capital letter, or is bound anywhere in the
///   block itself is captured as a `move` closure captures it, usable but
///   not movable out of the block.
/// - **Item type.** It is inferred from the yields: no annotation is needed,
///   and when rustc cannot infer it, annotate a yielded value
///   (`yield 0u8;`) or the variable (`let it: ... = ...`).
/// - **`return;`** finishes the generator, as in a `#[generator]` function.
/// - **Clone and Send.** The iterator is `Clone` when the captured and kept
///   values are, and `Send` or `Sync` when they are.
///
/// ```
/// # use gen_core::r#gen;
/// let names = vec![String::from("a"), String::from("b")];
/// let shouted: Vec<String> = r#gen! {
///     for name in names {         // `names` moved into the block
///         yield name.to_uppercase();
///     }
/// }
/// .collect();
/// assert_eq!(shouted, ["A", "B"]);
/// ```
pub use gen_macro::r#gen;

/// Hands a value to the caller of `next()` and suspends the generator.
///
/// In a coroutine (see [`Generator`]) it evaluates to the value the
/// coroutine is next resumed with.
///
/// Only valid inside a [`#[generator]`](generator) function, where it needs no
/// import: the attribute rewrites it. Anywhere else it is a compile error.
///
/// ```compile_fail
/// let x = gen_core::yield_!(1); // error: `yield_!` only works inside a `#[generator]` function
/// ```
#[macro_export]
macro_rules! yield_ {
    ($($tokens:tt)*) => {
        ::core::compile_error!(
            "`yield_!` only works inside a `#[generator]` function\n\nhelp: put `#[gen_core::generator]` on the enclosing `fn`; within a generator, write `yield_!` in the body itself, not in a closure, an `async` block or a nested `fn` (also when a macro puts it there)"
        )
    };
}

/// Yields every item of an iterable, in turn, from inside a generator.
///
/// In a coroutine, `yield_from!(g, first)` delegates to the coroutine `g`:
/// it resumes `g` with `first`, then with each value the outer coroutine is
/// resumed with, and evaluates to `g`'s return value (see [`Generator`]).
///
/// Only valid inside a [`#[generator]`](generator) function or a
/// [`gen!`](gen!) block, where it needs no import. Anywhere else it is a
/// compile error.
///
/// ```compile_fail
/// gen_core::yield_from!(0..3); // error: `yield_from!` only works inside a `#[generator]` function
/// ```
#[macro_export]
macro_rules! yield_from {
    ($($tokens:tt)*) => {
        ::core::compile_error!(
            "`yield_from!` only works inside a `#[generator]` function\n\nhelp: put `#[gen_core::generator]` on the enclosing `fn`; within a generator, write `yield_from!` in the body itself, not in a closure, an `async` block or a nested `fn` (also when a macro puts it there)"
        )
    };
}

/// The README's examples, compiled and run as doc tests.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
struct ReadmeExamples;
