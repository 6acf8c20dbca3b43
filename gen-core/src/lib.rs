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
#![no_std]
#![forbid(unsafe_code)]

#[cfg(feature = "alloc")]
extern crate alloc;

#[doc(hidden)]
#[path = "private.rs"]
pub mod __private;

pub use gen_macro::generator;

/// Hands a value to the caller of `next()` and suspends the generator.
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
            "`yield_!` only works inside a `#[generator]` function (put `#[gen_core::generator]` on the enclosing fn)"
        )
    };
}

/// Yields every item of an iterable, in turn, from inside a generator.
///
/// Only valid inside a [`#[generator]`](generator) function, where it needs no
/// import. Anywhere else it is a compile error.
///
/// ```compile_fail
/// gen_core::yield_from!(0..3); // error: `yield_from!` only works inside a `#[generator]` function
/// ```
#[macro_export]
macro_rules! yield_from {
    ($($tokens:tt)*) => {
        ::core::compile_error!(
            "`yield_from!` only works inside a `#[generator]` function (put `#[gen_core::generator]` on the enclosing fn)"
        )
    };
}
