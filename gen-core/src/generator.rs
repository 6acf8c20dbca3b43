//! The coroutine interface: a generator that is resumed with a value and
//! finishes with a value of its own.

/// What [`Generator::resume`] reports: the generator suspended with a value,
/// or its body finished with its return value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum GeneratorState<Y, R> {
    /// The body reached a `yield_!` and suspended there.
    Yielded(Y),
    /// The body finished; this is its return value.
    Complete(R),
}

impl<Y, R> GeneratorState<Y, R> {
    /// The yielded value, or `None` when the generator completed.
    ///
    /// ```
    /// use gen_core::GeneratorState;
    ///
    /// assert_eq!(GeneratorState::<u8, ()>::Yielded(1).yielded(), Some(1));
    /// assert_eq!(GeneratorState::<u8, ()>::Complete(()).yielded(), None);
    /// ```
    #[inline]
    pub fn yielded(self) -> Option<Y> {
        match self {
            GeneratorState::Yielded(y) => Some(y),
            GeneratorState::Complete(_) => None,
        }
    }

    /// The return value, or `None` when the generator only suspended.
    ///
    /// ```
    /// use gen_core::GeneratorState;
    ///
    /// assert_eq!(GeneratorState::<u8, &str>::Complete("done").complete(), Some("done"));
    /// assert_eq!(GeneratorState::<u8, &str>::Yielded(1).complete(), None);
    /// ```
    #[inline]
    pub fn complete(self) -> Option<R> {
        match self {
            GeneratorState::Yielded(_) => None,
            GeneratorState::Complete(r) => Some(r),
        }
    }
}

/// A generator that is resumed with a value of type `R` and reports, each
/// time, either a yielded value or its return value: Rust's unstable
/// `Coroutine` trait, on `&mut self` instead of `Pin<&mut Self>`, and
/// Python's `send()`.
///
/// [`#[generator]`](crate::generator) implements it for a function that returns
/// `impl Generator<R, Yield = Y, Return = T>`. Inside such a function,
/// `yield_!(y)` evaluates to the value the next `resume` passes, the body may
/// `return t;`, and `yield_from!` evaluates to the delegate's return value.
///
/// ```
/// use gen_core::{generator, Generator, GeneratorState};
///
/// /// Yields the running total of the numbers it is sent, and returns how
/// /// many it got once it is sent zero.
/// #[generator]
/// fn totals(#[resume] first: u32) -> impl Generator<u32, Yield = u32, Return = usize> {
///     let (mut total, mut count, mut n) = (0, 0, first);
///     while n != 0 {
///         total += n;
///         count += 1;
///         n = yield_!(total);
///     }
///     count
/// }
///
/// let mut g = totals();
/// assert_eq!(g.resume(5), GeneratorState::Yielded(5));
/// assert_eq!(g.resume(2), GeneratorState::Yielded(7));
/// assert_eq!(g.resume(0), GeneratorState::Complete(2));
/// ```
///
/// # Resume values
///
/// The first `resume(r)` starts the body; `r` is bound by the parameter
/// marked `#[resume]`, which the caller of the function does not pass (like a
/// closure's parameter in Rust's nightly coroutines). A generator resumed
/// with `()` needs no such parameter. Every later `resume(r)` makes the
/// `yield_!` the body is suspended at evaluate to `r`.
///
/// # Finishing
///
/// The body's tail expression, `return value;` and `?` complete the
/// coroutine. `?` works as in a function that returns the `Return` type:
///
/// ```
/// use gen_core::{generator, Generator, GeneratorState};
///
/// /// Sums the numbers it is sent as text, until it is sent an empty string.
/// #[generator]
/// fn sum(#[resume] first: &'static str) -> impl Generator<&'static str, Yield = u32, Return = Result<u32, std::num::ParseIntError>> {
///     let (mut total, mut text) = (0, first);
///     while !text.is_empty() {
///         total += text.parse::<u32>()?;
///         text = yield_!(total);
///     }
///     Ok(total)
/// }
///
/// let mut g = sum();
/// assert_eq!(g.resume("4"), GeneratorState::Yielded(4));
/// assert_eq!(g.resume(""), GeneratorState::Complete(Ok(4)));
/// let mut g = sum();
/// assert!(matches!(g.resume("x"), GeneratorState::Complete(Err(_))));
/// ```
///
/// # Delegation
///
/// `yield_from!(g, first)` resumes the coroutine `g` with `first`, then
/// with each value this coroutine is resumed with; it yields what `g`
/// yields and evaluates to `g`'s return value. When `R` is `()`,
/// `yield_from!(g)` is enough.
///
/// ```
/// use gen_core::{generator, Generator, GeneratorState};
///
/// #[generator]
/// fn count_down(n: u32) -> impl Generator<Yield = u32, Return = &'static str> {
///     for i in (1..=n).rev() {
///         yield_!(i);
///     }
///     "liftoff"
/// }
///
/// #[generator]
/// fn launch() -> impl Generator<Yield = u32, Return = usize> {
///     let word = yield_from!(count_down(2));
///     word.len()
/// }
///
/// let mut g = launch();
/// assert_eq!(g.resume(()), GeneratorState::Yielded(2));
/// assert_eq!(g.resume(()), GeneratorState::Yielded(1));
/// assert_eq!(g.resume(()), GeneratorState::Complete(7));
/// ```
///
/// # After completion
///
/// Once `resume` has returned [`GeneratorState::Complete`], or once the
/// body has panicked, the generator is finished: resuming it again panics
/// with a message that says so. Nothing else happens (no part of the body
/// runs again), as with Rust's own coroutines and futures.
///
/// ```should_panic
/// use gen_core::{generator, Generator};
///
/// #[generator]
/// fn once() -> impl Generator<Yield = (), Return = ()> {}
///
/// let mut g = once();
/// g.resume(()); // Complete(())
/// g.resume(()); // panics: the generator has already completed
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a generator resumed with `{R}`",
    label = "not a `Generator<{R}>`",
    note = "to yield the items of an iterator from a coroutine, loop over it: `for x in iter {{ yield_!(x); }}`"
)]
pub trait Generator<R = ()> {
    /// The type of the values the generator yields.
    type Yield;
    /// The type of the value the body finishes with.
    type Return;

    /// Runs the body until it yields or finishes, passing it `arg`.
    ///
    /// # Panics
    ///
    /// When the generator has already completed, or its body panicked.
    fn resume(&mut self, arg: R) -> GeneratorState<Self::Yield, Self::Return>;
}

impl<G: Generator<R> + ?Sized, R> Generator<R> for &mut G {
    type Yield = G::Yield;
    type Return = G::Return;

    #[inline]
    fn resume(&mut self, arg: R) -> GeneratorState<Self::Yield, Self::Return> {
        (**self).resume(arg)
    }
}

#[cfg(feature = "alloc")]
impl<G: Generator<R> + ?Sized, R> Generator<R> for alloc::boxed::Box<G> {
    type Yield = G::Yield;
    type Return = G::Return;

    #[inline]
    fn resume(&mut self, arg: R) -> GeneratorState<Self::Yield, Self::Return> {
        (**self).resume(arg)
    }
}
