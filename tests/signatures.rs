//! Rule 11, signatures: `self`, `&self`, `&mut self`; generic types, lifetimes
//! and consts; `impl Trait` arguments; `where` clauses; trait impls and
//! default methods (return-position `impl Trait` in traits); argument
//! patterns; visibility; doc comments and other attributes are kept.
use std::fmt::Display;
use std::ops::Add;

use gen_core::generator;

struct Bag {
    items: Vec<u32>,
    visits: u32,
}

impl Bag {
    const LIMIT: u32 = 100;

    fn new(items: Vec<u32>) -> Self {
        Bag { items, visits: 0 }
    }

    /// By value: the generator owns the bag.
    #[generator]
    fn into_doubled(self) -> impl Iterator<Item = u32> {
        for x in self.items {
            yield_!(x * 2);
        }
    }

    /// By shared reference, yielding references into the bag.
    #[generator]
    fn iter(&self) -> impl Iterator<Item = &u32> + '_ {
        for x in &self.items {
            if *x < Self::LIMIT {
                yield_!(x);
            }
        }
    }

    /// By mutable reference: changes to `self` persist after the generator.
    #[generator]
    fn drain_counting(&mut self) -> impl Iterator<Item = u32> + '_ {
        while let Some(x) = self.items.pop() {
            self.visits += 1;
            yield_!(x);
        }
    }
}

#[test]
fn rule_11_self_by_value_method() {
    assert_eq!(
        Bag::new(vec![1, 2]).into_doubled().collect::<Vec<_>>(),
        [2, 4]
    );
}

impl Bag {
    /// By `mut self`.
    #[generator]
    fn into_popped(mut self) -> impl Iterator<Item = u32> {
        while let Some(x) = self.items.pop() {
            self.visits += 1;
            yield_!(x + self.visits * 1000);
        }
    }
}

#[test]
fn rule_11_mut_self_by_value_method() {
    assert_eq!(
        Bag::new(vec![1, 2]).into_popped().collect::<Vec<_>>(),
        [1002, 2001]
    );
}

#[test]
fn rule_11_shared_self_method_uses_associated_items() {
    let bag = Bag::new(vec![5, 500, 6]);
    let got: Vec<&u32> = bag.iter().collect();
    assert_eq!(got, [&5, &6]);
    assert!(std::ptr::eq(
        std::ptr::from_ref(got[1]),
        std::ptr::from_ref(&bag.items[2])
    ));
}

#[test]
fn rule_11_mut_self_method_mutates_the_receiver() {
    let mut bag = Bag::new(vec![1, 2, 3]);
    let mut g = bag.drain_counting();
    assert_eq!(g.next(), Some(3));
    assert_eq!(g.next(), Some(2));
    drop(g);
    assert_eq!(bag.items, [1]);
    assert_eq!(bag.visits, 2);
}

#[generator]
fn repeat_each<T: Clone>(items: Vec<T>, n: usize) -> impl Iterator<Item = T> {
    for item in items {
        for _ in 0..n {
            yield_!(item.clone());
        }
    }
}

#[test]
fn rule_11_generic_type_parameter() {
    assert_eq!(repeat_each(vec!['a', 'b'], 2).collect::<String>(), "aabb");
    assert_eq!(repeat_each(vec![1_u8], 3).collect::<Vec<_>>(), [1, 1, 1]);
}

#[generator]
fn chunks<const N: usize>(v: Vec<u32>) -> impl Iterator<Item = [u32; N]> {
    let mut buf = [0; N];
    let mut len = 0;
    for x in v {
        buf[len] = x;
        len += 1;
        if len == N {
            yield_!(buf);
            len = 0;
        }
    }
}

#[test]
fn rule_11_const_generic_parameter() {
    assert_eq!(
        chunks::<2>(vec![1, 2, 3, 4, 5]).collect::<Vec<_>>(),
        [[1, 2], [3, 4]]
    );
    assert_eq!(chunks::<3>(vec![1, 2, 3]).collect::<Vec<_>>(), [[1, 2, 3]]);
}

#[generator]
fn labels(
    prefix: impl Display,
    items: impl IntoIterator<Item = impl Display>,
) -> impl Iterator<Item = String> {
    for item in items {
        yield_!(format!("{prefix}{item}"));
    }
}

#[test]
fn rule_11_impl_trait_arguments() {
    assert_eq!(labels('#', [1, 2]).collect::<Vec<_>>(), ["#1", "#2"]);
    assert_eq!(
        labels(String::from("x"), vec!["a"]).collect::<Vec<_>>(),
        ["xa"]
    );
}

#[generator]
fn running_sums<I>(it: I) -> impl Iterator<Item = I::Item>
where
    I: IntoIterator,
    I::Item: Add<Output = I::Item> + Copy + Default,
{
    let mut total = I::Item::default();
    for x in it {
        total = total + x;
        yield_!(total);
    }
}

#[test]
fn rule_11_where_clause_and_associated_type_in_item() {
    assert_eq!(running_sums(vec![1, 2, 3]).collect::<Vec<_>>(), [1, 3, 6]);
    assert_eq!(running_sums([0.5, 0.25]).collect::<Vec<_>>(), [0.5, 0.75]);
}

#[generator]
fn bounded_by<'a, T>(items: &'a [T], limit: &'a T) -> impl Iterator<Item = &'a T> + 'a
where
    T: PartialOrd + 'a,
{
    for item in items {
        if item <= limit {
            yield_!(item);
        }
    }
}

#[test]
fn rule_11_lifetime_and_type_parameters_together() {
    assert_eq!(bounded_by(&[3, 9, 1], &3).collect::<Vec<_>>(), [&3, &1]);
}

#[generator]
fn precise_capture<'a, T: Copy>(x: &'a T, n: usize) -> impl Iterator<Item = T> + use<'a, T> {
    for _ in 0..n {
        yield_!(*x);
    }
}

#[test]
fn rule_11_use_bound_in_return_type() {
    assert_eq!(precise_capture(&7, 2).collect::<Vec<_>>(), [7, 7]);
}

#[generator]
fn argument_patterns(
    (a, b): (u32, u32),
    mut c: u32,
    _: u8,
    Wrapper(d): Wrapper,
) -> impl Iterator<Item = u32> {
    yield_!(a);
    yield_!(b);
    c += 1;
    yield_!(c);
    yield_!(d);
}

struct Wrapper(u32);

#[test]
fn rule_11_patterns_in_argument_position() {
    assert_eq!(
        argument_patterns((1, 2), 3, 0, Wrapper(9)).collect::<Vec<_>>(),
        [1, 2, 4, 9]
    );
}

trait Source {
    fn values(&self) -> impl Iterator<Item = u32>;

    fn len(&self) -> u32;

    /// A default method that is itself a generator.
    #[generator]
    fn indices(&self) -> impl Iterator<Item = u32> {
        for i in 0..self.len() {
            yield_!(i);
        }
    }
}

impl Source for Bag {
    #[generator]
    fn values(&self) -> impl Iterator<Item = u32> {
        for x in &self.items {
            yield_!(*x + 1);
        }
    }

    fn len(&self) -> u32 {
        u32::try_from(self.items.len()).unwrap()
    }
}

struct Upto(u32);

impl Source for Upto {
    #[generator]
    fn values(&self) -> impl Iterator<Item = u32> {
        let mut i = 0;
        while i < self.0 {
            yield_!(i * i);
            i += 1;
        }
    }

    fn len(&self) -> u32 {
        self.0
    }
}

fn all_values(s: &impl Source) -> Vec<u32> {
    s.values().collect()
}

#[test]
fn rule_11_trait_impl_methods_returning_impl_iterator() {
    assert_eq!(all_values(&Bag::new(vec![1, 2])), [2, 3]);
    assert_eq!(all_values(&Upto(3)), [0, 1, 4]);
}

#[test]
fn rule_11_trait_default_method_generator() {
    assert_eq!(Upto(3).indices().collect::<Vec<_>>(), [0, 1, 2]);
    assert_eq!(Bag::new(vec![9, 9]).indices().collect::<Vec<_>>(), [0, 1]);
}

struct Grid<T, const W: usize> {
    cells: Vec<[T; W]>,
}

impl<T: Copy, const W: usize> Grid<T, W> {
    #[generator]
    fn column(&self, c: usize) -> impl Iterator<Item = T> + '_ {
        for row in &self.cells {
            yield_!(row[c]);
        }
    }

    #[generator]
    fn cells_with<F: Fn(T) -> bool>(&self, keep: F) -> impl Iterator<Item = (usize, usize)> {
        for (r, row) in self.cells.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                if keep(*cell) {
                    yield_!((r, c));
                }
            }
        }
    }
}

#[test]
fn rule_11_methods_of_a_generic_impl_with_const_parameter() {
    let grid = Grid {
        cells: vec![[1, 2, 3], [4, 5, 6]],
    };
    assert_eq!(grid.column(1).collect::<Vec<_>>(), [2, 5]);
    assert_eq!(
        grid.cells_with(|x| x % 2 == 0).collect::<Vec<_>>(),
        [(0, 1), (1, 0), (1, 2)]
    );
}

mod visibility {
    use gen_core::generator;

    /// Visible to the parent module.
    #[generator]
    pub(crate) fn crate_visible() -> impl Iterator<Item = u8> {
        yield_!(1);
    }

    /// Public.
    #[generator]
    pub fn public() -> impl Iterator<Item = u8> {
        yield_!(2);
    }

    pub(super) struct Thing;

    impl Thing {
        /// A public method generator.
        #[generator]
        pub(super) fn method(&self) -> impl Iterator<Item = u8> {
            yield_!(3);
        }
    }
}

#[test]
fn rule_11_visibility_is_kept() {
    let all: Vec<u8> = visibility::crate_visible()
        .chain(visibility::public())
        .chain(visibility::Thing.method())
        .collect();
    assert_eq!(all, [1, 2, 3]);
}

/// Doc comment, `#[inline]` and `#[must_use]` on a generator.
#[generator]
#[inline]
#[must_use = "a generator does nothing until iterated"]
fn with_attributes() -> impl Iterator<Item = u8> {
    yield_!(1);
}

#[generator]
#[inline(never)]
#[allow(
    unused_variables,
    reason = "the attribute must reach the unused variable below"
)]
fn with_allow() -> impl Iterator<Item = u8> {
    let unused = 5;
    yield_!(2);
}

#[generator]
#[cfg(not(test))]
fn configured() -> impl Iterator<Item = u8> {
    yield_!(100);
}

#[generator]
#[cfg(test)]
fn configured() -> impl Iterator<Item = u8> {
    yield_!(3);
}

#[test]
fn rule_11_attributes_are_kept() {
    // Two `configured` functions exist in the source; only one survives the
    // `#[cfg]`s, so this compiles only if the macro keeps them.
    let all: Vec<u8> = with_attributes()
        .chain(with_allow())
        .chain(configured())
        .collect();
    assert_eq!(all, [1, 2, 3]);
}

#[generator]
fn sync_and_send() -> impl Iterator<Item = u8> + Send + Sync {
    yield_!(1);
}

fn assert_send_sync<T: Send + Sync>(t: T) -> T {
    t
}

#[test]
fn rule_11_send_and_sync_bounds_in_return_type() {
    assert_eq!(assert_send_sync(sync_and_send()).collect::<Vec<_>>(), [1]);
}

macro_rules! counter_fn {
    ($name:ident($limit:ident) $($body:tt)*) => {
        #[gen_core::generator]
        fn $name($limit: u32) -> impl Iterator<Item = u32> {
            $($body)*
        }
    };
}

// The body's names are the macro caller's, kept across yields.
counter_fn!(count_to(limit) let mut n = 0; while n < limit { yield_!(n); n += 1; });

#[test]
fn a_generator_written_by_macro_rules_keeps_its_callers_names() {
    assert_eq!(count_to(3).collect::<Vec<_>>(), [0, 1, 2]);
}
