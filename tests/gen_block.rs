//! `gen!` blocks: generators as expressions, with native `yield`. Each test
//! is named after the rule in `gen_core::gen`'s documentation.

use std::cell::RefCell;
use std::rc::Rc;

use gen_core::r#gen;

#[test]
fn expression_is_lazy_and_fused() {
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
    assert_eq!(it.by_ref().collect::<Vec<_>>(), [2, 3]);
    assert_eq!(it.next(), None);
    assert_eq!(it.next(), None);
}

#[test]
fn captures_move_and_may_be_moved_or_mutated_inside() {
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

#[test]
fn yield_syntax_forms() {
    let unit: Vec<()> = r#gen! {
        yield;
        yield ();
    }
    .collect();
    assert_eq!(unit.len(), 2);
    let mixed: Vec<u8> = r#gen! {
        yield 1;
        yield_!(2);
        yield_from!([3, 4]);
        let x = { yield 5; 6 };
        yield x;
    }
    .collect();
    assert_eq!(mixed, [1, 2, 3, 4, 5, 6]);
}

#[test]
fn blocks_nest_and_chain() {
    let lines = ["a b", "", "c"];
    let words: Vec<&str> = lines
        .iter()
        .flat_map(|line| {
            r#gen! {
                for word in line.split(' ') {
                    if !word.is_empty() {
                        yield word;
                    }
                }
            }
        })
        .collect();
    assert_eq!(words, ["a", "b", "c"]);

    let outer: Vec<u32> = r#gen! {
        yield 0;
        yield_from!(r#gen! { yield 1; yield 2; });
        yield 3;
    }
    .collect();
    assert_eq!(outer, [0, 1, 2, 3]);
}

#[test]
fn return_finishes() {
    let limit = 3;
    let it = r#gen! {
        let mut n = 0;
        loop {
            if n == limit {
                return;
            }
            yield n;
            n += 1;
        }
    };
    assert_eq!(it.collect::<Vec<_>>(), [0, 1, 2]);
}

#[test]
fn question_mark_yields_the_error_and_finishes() {
    let inputs = ["1", "x", "3"];
    let parsed: Vec<Result<i32, std::num::ParseIntError>> = r#gen! {
        for s in inputs {
            yield Ok(s.parse::<i32>()?);
        }
    }
    .collect();
    assert_eq!(parsed.len(), 2);
    assert_eq!(parsed[0], Ok(1));
    assert!(parsed[1].is_err());
}

#[test]
fn clone_goes_on_independently() {
    let start = 10;
    let mut a = r#gen! {
        let mut n = start;
        loop {
            yield n;
            n += 1;
        }
    };
    assert_eq!(a.next(), Some(10));
    let b = a.clone();
    assert_eq!(a.take(2).collect::<Vec<_>>(), [11, 12]);
    assert_eq!(b.take(2).collect::<Vec<_>>(), [11, 12]);
}

#[test]
fn send_when_what_it_keeps_is() {
    let data = vec![1u64, 2, 3];
    let it = r#gen! {
        for x in data {
            yield x * x;
        }
    };
    let sum = std::thread::spawn(move || it.sum::<u64>())
        .join()
        .expect("the thread finishes");
    assert_eq!(sum, 14);
}

struct Shelf {
    items: Vec<u32>,
}

impl Shelf {
    fn evens(&self) -> impl Iterator<Item = u32> + '_ {
        r#gen! {
            for x in &self.items {
                if x % 2 == 0 {
                    yield *x;
                }
            }
        }
    }
}

#[test]
fn self_is_captured_in_methods() {
    let shelf = Shelf {
        items: vec![1, 2, 3, 4],
    };
    assert_eq!(shelf.evens().collect::<Vec<_>>(), [2, 4]);
}

#[test]
fn names_bound_inside_stay_the_blocks_own() {
    let x = 1;
    let it = r#gen! {
        yield x;
        let x = 2;
        yield x;
        let f = |x: i32| x * 10;
        yield f(x);
    };
    assert_eq!(it.collect::<Vec<_>>(), [1, 2, 20]);
}

#[test]
#[allow(
    clippy::uninlined_format_args,
    reason = "a positional argument is one of the forms under test"
)]
fn names_used_only_in_macros_are_captured() {
    let name = String::from("gen");
    let mut it = r#gen! {
        yield format!("hello {name}");
        yield format!("{}!", name);
    };
    assert_eq!(it.next().as_deref(), Some("hello gen"));
    assert_eq!(it.next().as_deref(), Some("gen!"));
}

#[test]
fn closure_kept_across_yields() {
    let k = 3;
    let it = r#gen! {
        let scale = move |x: u32| x * k;
        for i in 0..3 {
            yield scale(i);
        }
        yield scale(10);
    };
    assert_eq!(it.collect::<Vec<_>>(), [0, 3, 6, 30]);
}

/// Logs its drop.
struct Noisy(&'static str, Rc<RefCell<Vec<&'static str>>>);

impl Drop for Noisy {
    fn drop(&mut self) {
        self.1.borrow_mut().push(self.0);
    }
}

#[test]
fn captured_values_drop_when_no_longer_needed_or_with_the_generator() {
    let log = Rc::new(RefCell::new(Vec::new()));
    let early = Noisy("early", log.clone());
    let late = Noisy("late", log.clone());
    let mut it = r#gen! {
        let _ = &early;
        yield 1;
        let _ = &late;
        yield 2;
    };
    assert_eq!(it.next(), Some(1));
    assert_eq!(
        *log.borrow(),
        ["early"],
        "`early` is not used after the first yield"
    );
    drop(it);
    assert_eq!(*log.borrow(), ["early", "late"]);

    let unstarted = Noisy("unstarted", log.clone());
    let it = r#gen! {
        let _ = &unstarted;
        yield 0;
    };
    drop(it);
    assert_eq!(log.borrow().last(), Some(&"unstarted"));
}

#[gen_core::generator]
fn rows(n: u32) -> impl Iterator<Item = Vec<u32>> {
    for i in 0..n {
        // A `gen!` block inside a generator is a generator of its own.
        yield_!(r#gen! { yield_!(i); yield i * 10; }.collect());
    }
}

#[test]
fn blocks_inside_generator_functions() {
    assert_eq!(rows(2).collect::<Vec<_>>(), [vec![0, 0], vec![1, 10]]);
}

#[test]
fn yield_inside_the_arguments_of_yield_and_yield_from() {
    let a = r#gen! {
        yield_from!(0..{ yield 5; 2 });
    };
    assert_eq!(a.collect::<Vec<i64>>(), [5, 0, 1]);
    let b = r#gen! {
        yield_!({ yield 7; 2 });
    };
    assert_eq!(b.collect::<Vec<i64>>(), [7, 2]);
}

macro_rules! evens {
    ($v:expr) => {{
        let v = $v;
        r#gen! {
            for x in v {
                if x % 2 == 0 {
                    yield x;
                }
            }
        }
    }};
}

macro_rules! twice {
    ($e:expr) => {
        r#gen! {
            yield $e;
            yield $e;
        }
    };
}

#[test]
fn blocks_written_by_macro_rules_see_the_callers_names() {
    assert_eq!(evens!(vec![1, 2, 3, 4]).collect::<Vec<_>>(), [2, 4]);
    let word = String::from("abc");
    assert_eq!(twice!(word.len()).collect::<Vec<_>>(), [3, 3]);
    let kept = 0;
    let it = r#gen! {
        let n = 2;
        kept += n;
        yield kept;
        yield twice!(kept * 10).sum::<i32>();
    };
    assert_eq!(it.collect::<Vec<_>>(), [2, 40]);
}
