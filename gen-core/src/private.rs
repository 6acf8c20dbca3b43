//! The runtime that `#[generator]` expansions call. Not a public API: names and
//! signatures here change without notice.

use core::convert::Infallible;
use core::iter::FusedIterator;

#[cfg(feature = "alloc")]
pub use alloc::boxed::Box;
pub use core::iter::{IntoIterator, Iterator};
pub use core::mem::replace;
pub use core::ops::ControlFlow;
pub use core::option::Option::{self, None, Some};

pub use crate::generator::{Generator, GeneratorState};

/// The iterator every generator function returns: a resume closure that owns
/// the generator's state and hands out one item per call.
///
/// The closure reports `None` forever once the body has finished, so the type
/// is fused by construction.
#[derive(Clone)]
#[must_use = "a generator does nothing until it is iterated"]
pub struct Gen<F>(F);

impl<F> Gen<F> {
    /// Wraps a resume closure. The `FnMut() -> Option<Y>` bound is here, not
    /// only on the `Iterator` impl, so that rustc knows the closure's return
    /// type while it checks the closure's body.
    #[inline]
    pub fn new<Item>(resume: F) -> Self
    where
        F: FnMut() -> Option<Item>,
    {
        Gen(resume)
    }
}

impl<F, Item> Iterator for Gen<F>
where
    F: FnMut() -> Option<Item>,
{
    type Item = Item;

    #[inline]
    fn next(&mut self) -> Option<Item> {
        (self.0)()
    }
}

impl<F, Item> FusedIterator for Gen<F> where F: FnMut() -> Option<Item> {}

impl<F> core::fmt::Debug for Gen<F> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str("Generator { .. }")
    }
}

/// The coroutine every `impl Generator` function returns: a resume closure
/// that takes the resume value and reports a yield or the return value, or
/// `None` once the body has finished.
///
/// The finished case is a value the closure returns, as for iterators, and
/// the panic is here: a diverging arm in the closure's state `match` costs
/// every resume a few instructions, although it never runs.
#[derive(Clone)]
#[must_use = "a generator does nothing until it is resumed"]
pub struct Coroutine<F>(F);

impl<F> Coroutine<F> {
    /// Wraps a resume closure; the bound gives rustc the closure's signature
    /// while it checks the closure's body (see [`Gen::new`]).
    #[inline]
    pub fn new<R, Y, T>(resume: F) -> Self
    where
        F: FnMut(R) -> Option<GeneratorState<Y, T>>,
    {
        Coroutine(resume)
    }
}

impl<F, R, Y, T> Generator<R> for Coroutine<F>
where
    F: FnMut(R) -> Option<GeneratorState<Y, T>>,
{
    type Yield = Y;
    type Return = T;

    #[inline]
    fn resume(&mut self, arg: R) -> GeneratorState<Y, T> {
        match (self.0)(arg) {
            Some(state) => state,
            None => resumed_after_completion(),
        }
    }
}

impl<F> core::fmt::Debug for Coroutine<F> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str("Generator { .. }")
    }
}

/// What resuming a finished coroutine does.
#[cold]
#[inline(never)]
pub fn resumed_after_completion() -> ! {
    panic!(
        "`Generator::resume` called on a generator that has already completed (or whose body panicked)"
    )
}

/// Drops the resume value of a `yield_!(..);` statement, where it is dropped
/// in the body (a generic function: `drop` of a `Copy` value would warn).
#[inline]
pub fn discard<T>(_value: T) {}

/// The resume value as a value rather than a place: `let _ = yield_!(..)`
/// drops it at once, as it would any other value.
#[inline]
pub fn resumed<T>(value: T) -> T {
    value
}

/// The resume value, where a dispatch loop (see `emit`) keeps it in a slot.
#[inline]
pub fn take<T>(slot: &mut Option<T>) -> T {
    match slot.take() {
        Some(value) => value,
        None => unreachable!("a resume value is taken once"),
    }
}

/// Stores the next state into a slot that holds `Returned`, which has
/// nothing to drop: no drop glue runs on the hot path.
#[inline]
pub fn set<S>(slot: &mut S, state: S) {
    core::mem::forget(replace(slot, state));
}

/// Returns `state`, typed like `slot`: the state a suspension point builds
/// gets the type of the generator's state variable at once.
#[inline]
pub fn same<S>(_slot: &S, state: S) -> S {
    state
}

/// The value of a resident local's slot, which its `let` has filled.
#[inline]
pub fn slot<T>(slot: &mut Option<T>) -> &mut T {
    match slot {
        Some(value) => value,
        None => unreachable!("a resident local is read before its `let`"),
    }
}

/// Checks, where a kept local is saved, that a generator promising `Send`
/// can keep it.
#[inline]
pub fn assert_send<T: Send>(_local: &T) {}

/// Gives a yielded value its declared type.
#[inline]
pub fn item<T>(value: T) -> T {
    value
}

/// The `?` operator inside a generator body, split as `core::ops::Try` does.
pub trait Try {
    /// The value `?` evaluates to.
    type Output;
    /// What `?` hands to the generator when it short-circuits.
    type Residual;
    /// Continue with the output, or break with the residual.
    fn branch(self) -> ControlFlow<Self::Residual, Self::Output>;
}

impl<T, E> Try for Result<T, E> {
    type Output = T;
    type Residual = Result<Infallible, E>;

    #[inline]
    fn branch(self) -> ControlFlow<Self::Residual, T> {
        match self {
            Ok(v) => ControlFlow::Continue(v),
            Err(e) => ControlFlow::Break(Err(e)),
        }
    }
}

impl<T> Try for Option<T> {
    type Output = T;
    type Residual = Option<Infallible>;

    #[inline]
    fn branch(self) -> ControlFlow<Self::Residual, T> {
        match self {
            Some(v) => ControlFlow::Continue(v),
            None => ControlFlow::Break(None),
        }
    }
}

/// What a short-circuiting `?` makes the generator's `next()` return: an
/// `Err` item for a `Result`, nothing for an `Option`. Either way the
/// generator is finished afterwards.
pub trait Residual<Y> {
    /// The last value `next()` returns.
    fn finish(self) -> Option<Y>;
}

impl<T, E, F: From<E>> Residual<Result<T, F>> for Result<Infallible, E> {
    #[inline]
    fn finish(self) -> Option<Result<T, F>> {
        match self {
            Err(e) => Some(Err(F::from(e))),
            Ok(never) => match never {},
        }
    }
}

impl<Y> Residual<Y> for Option<Infallible> {
    #[inline]
    fn finish(self) -> Option<Y> {
        None
    }
}

/// What a short-circuiting `?` makes a coroutine return, as `?` does in a
/// function that returns `Result` or `Option`.
pub trait ReturnResidual<T> {
    /// The coroutine's return value.
    fn complete(self) -> T;
}

impl<T, E, F: From<E>> ReturnResidual<Result<T, F>> for Result<Infallible, E> {
    #[inline]
    fn complete(self) -> Result<T, F> {
        match self {
            Err(e) => Err(F::from(e)),
            Ok(never) => match never {},
        }
    }
}

impl<T> ReturnResidual<Option<T>> for Option<Infallible> {
    #[inline]
    fn complete(self) -> Option<T> {
        None
    }
}

/// Boxes a recursive `yield_from!` delegate, so a generator's state does not
/// contain its own type.
#[cfg(feature = "alloc")]
#[inline]
pub fn boxed<'a, I>(iter: I) -> Box<dyn Iterator<Item = I::Item> + 'a>
where
    I: IntoIterator,
    I::IntoIter: 'a,
{
    Box::new(iter.into_iter())
}

/// [`boxed`] for generators that promise `Send`.
#[cfg(feature = "alloc")]
#[inline]
pub fn boxed_send<'a, I>(iter: I) -> Box<dyn Iterator<Item = I::Item> + Send + 'a>
where
    I: IntoIterator,
    I::IntoIter: Send + 'a,
{
    Box::new(iter.into_iter())
}

/// [`boxed`] for generators that promise `Send + Sync`.
#[cfg(feature = "alloc")]
#[inline]
pub fn boxed_send_sync<'a, I>(iter: I) -> Box<dyn Iterator<Item = I::Item> + Send + Sync + 'a>
where
    I: IntoIterator,
    I::IntoIter: Send + Sync + 'a,
{
    Box::new(iter.into_iter())
}

/// Called at the user's `.lock()`, `.read()` or `.write()` when the guard it
/// makes is kept across a `yield_!`: the deprecation note is the warning
/// (stable Rust has no warning API for procedural macros).
#[deprecated(
    note = "this lock guard is kept while the generator is suspended at a `yield_!`: the lock stays held between calls to `next()`, so anything else that locks it blocks or deadlocks; `drop` the guard or end its scope before the `yield_!` (or `#[allow(deprecated)]` on the function if holding it is intended)"
)]
#[inline(always)]
pub fn lock_guard_held_across_yield() {}

/// Called at the user's `.borrow()` or `.borrow_mut()` when the `RefCell`
/// borrow it makes is kept across a `yield_!`; see
/// [`lock_guard_held_across_yield`].
#[deprecated(
    note = "this `RefCell` borrow is kept while the generator is suspended at a `yield_!`: a conflicting `borrow_mut()` or `borrow()` of the cell between calls to `next()` panics; `drop` the borrow or end its scope before the `yield_!` (or `#[allow(deprecated)]` on the function if holding it is intended)"
)]
#[inline(always)]
pub fn refcell_borrow_held_across_yield() {}

/// Boxes a recursive `yield_from!` delegate of a coroutine. The types are
/// the coroutine's own, named by the caller: projecting them out of `G`, the
/// function's own opaque type, would be a cycle.
#[cfg(feature = "alloc")]
#[inline]
pub fn boxed_generator<'a, G, R, Y, T>(
    generator: G,
) -> Box<dyn Generator<R, Yield = Y, Return = T> + 'a>
where
    G: Generator<R, Yield = Y, Return = T> + 'a,
{
    Box::new(generator)
}

/// [`boxed_generator`] for coroutines that promise `Send`.
#[cfg(feature = "alloc")]
#[inline]
pub fn boxed_generator_send<'a, G, R, Y, T>(
    generator: G,
) -> Box<dyn Generator<R, Yield = Y, Return = T> + Send + 'a>
where
    G: Generator<R, Yield = Y, Return = T> + Send + 'a,
{
    Box::new(generator)
}

/// [`boxed_generator`] for coroutines that promise `Send + Sync`.
#[cfg(feature = "alloc")]
#[inline]
pub fn boxed_generator_send_sync<'a, G, R, Y, T>(
    generator: G,
) -> Box<dyn Generator<R, Yield = Y, Return = T> + Send + Sync + 'a>
where
    G: Generator<R, Yield = Y, Return = T> + Send + Sync + 'a,
{
    Box::new(generator)
}
