//! Coroutine mode: a `#[generator]` function that returns
//! `impl Generator<R, Yield = Y, Return = T>` is resumed with values of type
//! `R`. The first `resume` starts the body and binds the `#[resume]`
//! parameter; each `yield_!` evaluates to the value of the next `resume`; the
//! body finishes with its tail, `return` or `?`; resuming it after that, or
//! after its body panicked, panics; `yield_from!` hands resume values on to the
//! delegate and evaluates to the delegate's return value.
use std::cell::{Cell, RefCell};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::rc::Rc;
use std::thread;

use gen_core::GeneratorState::{Complete, Yielded};
use gen_core::{Generator, GeneratorState, generator};

type Log = Rc<RefCell<Vec<String>>>;

fn note(log: &Log, entry: impl Into<String>) {
    log.borrow_mut().push(entry.into());
}

fn snapshot(log: &Log) -> Vec<String> {
    log.borrow().clone()
}

/// Records `drop <id>` into the shared log when dropped.
struct D {
    id: u32,
    log: Log,
}

impl D {
    fn new(log: &Log, id: u32) -> D {
        D {
            id,
            log: Rc::clone(log),
        }
    }
}

impl Drop for D {
    fn drop(&mut self) {
        note(&self.log, format!("drop {}", self.id));
    }
}

fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else if let Some(s) = payload.downcast_ref::<&str>() {
        (*s).to_owned()
    } else {
        String::from("<non-string payload>")
    }
}

const COMPLETED: &str = "called on a generator that has already completed";

// ---------------------------------------------------------------------------
// The examples the feature landed with.

#[generator]
fn totals(#[resume] first: u32) -> impl Generator<u32, Yield = u32, Return = usize> {
    let (mut total, mut count, mut n) = (0, 0, first);
    while n != 0 {
        total += n;
        count += 1;
        n = yield_!(total);
    }
    count
}

#[test]
fn resume_values_reach_the_body() {
    let mut g = totals();
    assert_eq!(g.resume(5), GeneratorState::Yielded(5));
    assert_eq!(g.resume(2), GeneratorState::Yielded(7));
    assert_eq!(g.resume(0), GeneratorState::Complete(2));
}

#[generator]
fn inner() -> impl Generator<Yield = u8, Return = &'static str> {
    yield_!(1);
    yield_!(2);
    "inner done"
}

#[generator]
fn outer() -> impl Generator<Yield = u8, Return = usize> {
    let s = yield_from!(inner());
    yield_!(3);
    s.len()
}

#[test]
fn delegation_returns_the_delegates_value() {
    let mut g = outer();
    assert_eq!(g.resume(()), GeneratorState::Yielded(1));
    assert_eq!(g.resume(()), GeneratorState::Yielded(2));
    assert_eq!(g.resume(()), GeneratorState::Yielded(3));
    assert_eq!(g.resume(()), GeneratorState::Complete(10));
}

// ---------------------------------------------------------------------------
// The first resume value and the `#[resume]` parameter.

#[generator]
fn first_tuple(#[resume] (a, b): (u8, u8)) -> impl Generator<(u8, u8), Yield = u8, Return = u8> {
    let (c, d) = yield_!(a * b);
    a + b + c + d
}

#[test]
fn first_value_bound_by_a_tuple_pattern() {
    let mut g = first_tuple();
    assert_eq!(g.resume((2, 3)), Yielded(6));
    assert_eq!(g.resume((4, 5)), Complete(14));
}

#[generator]
fn first_mut(#[resume] mut x: u32) -> impl Generator<u32, Yield = u32, Return = u32> {
    x *= 2;
    let y = yield_!(x);
    x += y;
    x
}

#[test]
fn first_value_bound_by_a_mut_pattern() {
    let mut g = first_mut();
    assert_eq!(g.resume(4), Yielded(8));
    assert_eq!(g.resume(1), Complete(9));
}

#[generator]
fn first_ignored(
    start: u32,
    #[resume] _: &'static str,
) -> impl Generator<&'static str, Yield = u32, Return = usize> {
    let next = yield_!(start);
    next.len()
}

#[test]
fn first_value_ignored_by_a_wildcard() {
    let mut g = first_ignored(7);
    assert_eq!(g.resume("not looked at"), Yielded(7));
    assert_eq!(g.resume("four"), Complete(4));
}

#[derive(Debug, PartialEq)]
struct Point {
    x: i32,
    y: i32,
}

#[generator]
fn first_struct(
    #[resume] Point { x, y }: Point,
) -> impl Generator<Point, Yield = i32, Return = i32> {
    let p = yield_!(x - y);
    (p.x - x) * (p.y - y)
}

#[test]
fn first_value_bound_by_a_struct_pattern() {
    let mut g = first_struct();
    assert_eq!(g.resume(Point { x: 5, y: 2 }), Yielded(3));
    assert_eq!(g.resume(Point { x: 8, y: 6 }), Complete(12));
}

#[generator]
fn resume_param_between_others(
    a: u32,
    #[resume] first: u32,
    b: u32,
) -> impl Generator<u32, Yield = u32, Return = u32> {
    let second = yield_!(a * 100 + first * 10 + b);
    a + b + first + second
}

#[test]
fn resume_parameter_in_the_middle_is_removed_from_the_signature() {
    // Called with the two other parameters only, in their order.
    let mut g = resume_param_between_others(1, 2);
    assert_eq!(g.resume(3), Yielded(132));
    assert_eq!(g.resume(4), Complete(10));
}

#[generator]
fn unit_resume_no_param(n: u32) -> impl Generator<(), Yield = u32, Return = u32> {
    yield_!(n);
    n + 1
}

#[test]
fn unit_resume_written_out_needs_no_resume_parameter() {
    let mut g = unit_resume_no_param(3);
    assert_eq!(g.resume(()), Yielded(3));
    assert_eq!(g.resume(()), Complete(4));
}

#[generator]
fn return_omitted(n: u32) -> impl Generator<Yield = u32> {
    yield_!(n);
}

#[test]
fn omitted_return_type_completes_with_unit() {
    // The macro writes `Return = ()` into the signature, so callers see `()`.
    let mut g = return_omitted(3);
    assert_eq!(g.resume(()), Yielded(3));
    assert_eq!(g.resume(()), Complete(()));
}

// ---------------------------------------------------------------------------
// Resume values wherever an expression may stand.

#[generator]
fn in_let_and_assignment(
    #[resume] first: u32,
) -> impl Generator<u32, Yield = u32, Return = Vec<u32>> {
    let mut seen = vec![first];
    let a = yield_!(1);
    seen.push(a);
    let mut b = 1;
    b = b * 10 + yield_!(b + 1);
    seen.push(b);
    seen[0] = yield_!(3);
    seen
}

#[test]
fn resume_value_in_a_let_and_in_assignments() {
    let mut g = in_let_and_assignment();
    assert_eq!(g.resume(10), Yielded(1));
    assert_eq!(g.resume(20), Yielded(2));
    // b = 1 * 10 + 35: the left operand was read before the yield.
    assert_eq!(g.resume(35), Yielded(3));
    assert_eq!(g.resume(40), Complete(vec![40, 20, 45]));
}

#[generator]
fn as_operand(#[resume] first: i64) -> impl Generator<i64, Yield = i64, Return = i64> {
    let mut acc = first;
    acc = acc * 10 - yield_!(acc) * 2;
    acc += yield_!(acc) + 1;
    let neg = -yield_!(acc);
    acc + neg
}

#[test]
fn resume_value_as_an_operand_of_arithmetic() {
    let mut g = as_operand();
    assert_eq!(g.resume(3), Yielded(3));
    // acc = 3 * 10 - 4 * 2 = 22
    assert_eq!(g.resume(4), Yielded(22));
    // acc = 22 + (5 + 1) = 28
    assert_eq!(g.resume(5), Yielded(28));
    assert_eq!(g.resume(6), Complete(22));
}

fn describe(order: Log, label: &str, value: u32) -> String {
    note(&order, format!("arg {label}"));
    format!("{label}={value}")
}

fn three(a: String, b: String, c: String) -> String {
    format!("{a},{b},{c}")
}

#[generator]
fn as_argument(
    order: Log,
    #[resume] _: u32,
) -> impl Generator<u32, Yield = &'static str, Return = String> {
    three(
        describe(Rc::clone(&order), "a", 1),
        describe(Rc::clone(&order), "b", yield_!("b?")),
        describe(Rc::clone(&order), "c", yield_!("c?")),
    )
}

#[test]
fn resume_value_as_a_function_argument_in_left_to_right_order() {
    let order = Log::default();
    let mut g = as_argument(Rc::clone(&order));
    assert_eq!(g.resume(0), Yielded("b?"));
    assert_eq!(snapshot(&order), ["arg a"]);
    assert_eq!(g.resume(7), Yielded("c?"));
    assert_eq!(snapshot(&order), ["arg a", "arg b"]);
    assert_eq!(g.resume(8), Complete("a=1,b=7,c=8".to_owned()));
    assert_eq!(snapshot(&order), ["arg a", "arg b", "arg c"]);
}

#[derive(Debug, PartialEq)]
enum Cmd {
    Push(i32),
    Pop,
    Add,
    Done,
}

#[generator]
fn stack_machine(
    #[resume] first: Cmd,
) -> impl Generator<Cmd, Yield = Option<i32>, Return = Vec<i32>> {
    let (mut stack, mut cmd) = (Vec::new(), first);
    loop {
        let top = match cmd {
            Cmd::Push(v) => {
                stack.push(v);
                Some(v)
            }
            Cmd::Pop => stack.pop(),
            Cmd::Add => {
                let (a, b) = (stack.pop().unwrap_or(0), stack.pop().unwrap_or(0));
                stack.push(a + b);
                Some(a + b)
            }
            Cmd::Done => return stack,
        };
        cmd = yield_!(top);
    }
}

#[generator]
fn match_scrutinee(
    #[resume] first: Cmd,
) -> impl Generator<Cmd, Yield = &'static str, Return = i32> {
    let mut total = match first {
        Cmd::Push(v) => v,
        _ => 0,
    };
    loop {
        match yield_!("next") {
            Cmd::Push(v) => total += v,
            Cmd::Pop => total -= 1,
            Cmd::Add => total *= 2,
            Cmd::Done => break,
        }
    }
    total
}

#[test]
fn resume_value_as_a_match_scrutinee() {
    let mut g = match_scrutinee();
    assert_eq!(g.resume(Cmd::Push(2)), Yielded("next"));
    assert_eq!(g.resume(Cmd::Push(3)), Yielded("next"));
    assert_eq!(g.resume(Cmd::Add), Yielded("next"));
    assert_eq!(g.resume(Cmd::Pop), Yielded("next"));
    assert_eq!(g.resume(Cmd::Done), Complete(9));
}

#[test]
fn resume_value_matched_after_an_assignment_in_a_loop() {
    let mut g = stack_machine();
    assert_eq!(g.resume(Cmd::Push(2)), Yielded(Some(2)));
    assert_eq!(g.resume(Cmd::Push(5)), Yielded(Some(5)));
    assert_eq!(g.resume(Cmd::Add), Yielded(Some(7)));
    assert_eq!(g.resume(Cmd::Pop), Yielded(Some(7)));
    assert_eq!(g.resume(Cmd::Pop), Yielded(None));
    assert_eq!(g.resume(Cmd::Push(1)), Yielded(Some(1)));
    assert_eq!(g.resume(Cmd::Done), Complete(vec![1]));
}

#[generator]
fn if_condition(
    #[resume] _: bool,
) -> impl Generator<bool, Yield = u32, Return = Vec<&'static str>> {
    let mut taken = Vec::new();
    for i in 0..3 {
        if yield_!(i) {
            taken.push("then");
        } else if yield_!(i + 10) {
            taken.push("else if");
        } else {
            taken.push("else");
        }
    }
    taken
}

#[test]
fn resume_value_as_an_if_condition() {
    let mut g = if_condition();
    assert_eq!(g.resume(false), Yielded(0));
    assert_eq!(g.resume(true), Yielded(1));
    assert_eq!(g.resume(false), Yielded(11));
    assert_eq!(g.resume(true), Yielded(2));
    assert_eq!(g.resume(false), Yielded(12));
    assert_eq!(g.resume(false), Complete(vec!["then", "else if", "else"]));
}

#[generator]
fn while_condition(#[resume] _: bool) -> impl Generator<bool, Yield = u32, Return = u32> {
    let mut n = 0;
    while yield_!(n) {
        n += 1;
    }
    n * 100
}

#[test]
fn resume_value_as_a_while_condition() {
    let mut g = while_condition();
    assert_eq!(g.resume(false), Yielded(0));
    assert_eq!(g.resume(true), Yielded(1));
    assert_eq!(g.resume(true), Yielded(2));
    assert_eq!(g.resume(false), Complete(200));
}

#[test]
fn resume_value_as_a_while_condition_false_at_once() {
    let mut g = while_condition();
    assert_eq!(g.resume(true), Yielded(0));
    assert_eq!(g.resume(false), Complete(0));
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Step {
    Go,
    Skip,
    NextRow,
    Stop,
}

#[generator]
fn nested_loops(
    rows: u32,
    cols: u32,
    #[resume] _: Step,
) -> impl Generator<Step, Yield = (u32, u32), Return = Vec<(u32, u32)>> {
    let mut visited = Vec::new();
    'rows: for r in 0..rows {
        let mut c = 0;
        loop {
            if c == cols {
                break;
            }
            let step = yield_!((r, c));
            c += 1;
            match step {
                Step::Go => {}
                Step::Skip => continue,
                Step::NextRow => continue 'rows,
                Step::Stop => break 'rows,
            }
            visited.push((r, c - 1));
        }
    }
    visited
}

#[test]
fn resume_values_steer_nested_loops_with_break_and_continue() {
    let mut g = nested_loops(3, 3);
    assert_eq!(g.resume(Step::Go), Yielded((0, 0)));
    assert_eq!(g.resume(Step::Go), Yielded((0, 1)));
    assert_eq!(g.resume(Step::Skip), Yielded((0, 2)));
    assert_eq!(g.resume(Step::Go), Yielded((1, 0)));
    assert_eq!(g.resume(Step::NextRow), Yielded((2, 0)));
    assert_eq!(g.resume(Step::Go), Yielded((2, 1)));
    assert_eq!(g.resume(Step::Stop), Complete(vec![(0, 0), (0, 2), (2, 0)]));
}

#[test]
fn nested_loops_run_to_the_end_when_always_told_to_go() {
    let mut g = nested_loops(2, 2);
    let mut yielded = Vec::new();
    let mut state = g.resume(Step::Go);
    while let Yielded(at) = state {
        yielded.push(at);
        state = g.resume(Step::Go);
    }
    assert_eq!(yielded, [(0, 0), (0, 1), (1, 0), (1, 1)]);
    assert_eq!(state, Complete(yielded));
}

#[generator]
fn let_else(
    #[resume] _: Option<u32>,
) -> impl Generator<Option<u32>, Yield = u32, Return = Result<u32, u32>> {
    let mut sum = 0;
    for round in 1..=3 {
        let Some(v) = yield_!(round) else {
            return Err(sum);
        };
        sum += v;
    }
    Ok(sum)
}

#[test]
fn resume_value_destructured_by_let_else() {
    let mut g = let_else();
    assert_eq!(g.resume(None), Yielded(1));
    assert_eq!(g.resume(Some(5)), Yielded(2));
    assert_eq!(g.resume(Some(6)), Yielded(3));
    assert_eq!(g.resume(Some(7)), Complete(Ok(18)));

    let mut g = let_else();
    assert_eq!(g.resume(Some(100)), Yielded(1));
    assert_eq!(g.resume(Some(5)), Yielded(2));
    assert_eq!(g.resume(None), Complete(Err(5)));
}

#[generator]
fn in_method_call_argument(
    #[resume] _: u32,
) -> impl Generator<u32, Yield = usize, Return = Vec<u32>> {
    let mut v = Vec::new();
    for _ in 0..3 {
        v.push(yield_!(v.len()) * 2);
    }
    v
}

#[test]
fn resume_value_as_a_method_call_argument() {
    let mut g = in_method_call_argument();
    assert_eq!(g.resume(0), Yielded(0));
    assert_eq!(g.resume(1), Yielded(1));
    assert_eq!(g.resume(2), Yielded(2));
    assert_eq!(g.resume(3), Complete(vec![2, 4, 6]));
}

#[generator]
fn in_tuple_and_struct(#[resume] _: i32) -> impl Generator<i32, Yield = u8, Return = (i32, Point)> {
    let pair = (yield_!(1), yield_!(2));
    let p = Point {
        x: yield_!(3),
        y: pair.0 - pair.1,
    };
    (pair.0 + pair.1, p)
}

#[test]
fn resume_values_in_tuple_and_struct_literals() {
    let mut g = in_tuple_and_struct();
    assert_eq!(g.resume(0), Yielded(1));
    assert_eq!(g.resume(10), Yielded(2));
    assert_eq!(g.resume(4), Yielded(3));
    match g.resume(7) {
        Complete((sum, p)) => {
            assert_eq!(sum, 14);
            assert_eq!((p.x, p.y), (7, 6));
        }
        Yielded(y) => panic!("expected completion, got a yield of {y}"),
    }
}

// ---------------------------------------------------------------------------
// Drops of resume values.

#[generator]
fn statement_yields(log: Log, #[resume] first: D) -> impl Generator<D, Yield = u32, Return = u32> {
    let id = first.id;
    drop(first);
    yield_!(1);
    note(&log, "after 1");
    yield_!(2);
    note(&log, "after 2");
    id
}

#[test]
fn statement_yield_drops_its_resume_value_right_there() {
    let log = Log::default();
    let mut g = statement_yields(Rc::clone(&log));
    assert_eq!(g.resume(D::new(&log, 1)), Yielded(1));
    assert_eq!(snapshot(&log), ["drop 1"]);
    assert_eq!(g.resume(D::new(&log, 2)), Yielded(2));
    assert_eq!(snapshot(&log), ["drop 1", "drop 2", "after 1"]);
    assert_eq!(g.resume(D::new(&log, 3)), Complete(1));
    assert_eq!(
        snapshot(&log),
        ["drop 1", "drop 2", "after 1", "drop 3", "after 2"]
    );
}

#[generator]
fn bound_resume_values(
    log: Log,
    #[resume] first: D,
) -> impl Generator<D, Yield = u32, Return = u32> {
    let kept = yield_!(first.id);
    note(&log, "got kept");
    drop(yield_!(kept.id));
    note(&log, "after drop");
    {
        let _scoped = yield_!(0);
        note(&log, "in scope");
        yield_!(1);
        note(&log, "leaving scope");
    }
    note(&log, "after scope");
    kept.id + first.id
}

#[test]
fn bound_resume_values_live_as_long_as_their_binding() {
    let log = Log::default();
    let mut g = bound_resume_values(Rc::clone(&log));
    assert_eq!(g.resume(D::new(&log, 1)), Yielded(1));
    assert_eq!(g.resume(D::new(&log, 2)), Yielded(2));
    assert_eq!(snapshot(&log), ["got kept"]);
    // `drop(yield_!(..))` drops the value at once.
    assert_eq!(g.resume(D::new(&log, 3)), Yielded(0));
    assert_eq!(snapshot(&log), ["got kept", "drop 3", "after drop"]);
    // `_scoped` lives to the end of its block.
    assert_eq!(g.resume(D::new(&log, 4)), Yielded(1));
    assert_eq!(g.resume(D::new(&log, 5)), Complete(3));
    assert_eq!(
        snapshot(&log),
        [
            "got kept",
            "drop 3",
            "after drop",
            "in scope",
            "drop 5",
            "leaving scope",
            "drop 4",
            "after scope",
            "drop 2",
            "drop 1",
        ]
    );
}

#[test]
fn resume_value_bound_to_a_kept_local_is_dropped_with_the_suspended_coroutine() {
    let log = Log::default();
    let mut g = bound_resume_values(Rc::clone(&log));
    assert_eq!(g.resume(D::new(&log, 1)), Yielded(1));
    assert_eq!(g.resume(D::new(&log, 2)), Yielded(2));
    assert_eq!(g.resume(D::new(&log, 3)), Yielded(0));
    assert_eq!(g.resume(D::new(&log, 4)), Yielded(1));
    log.borrow_mut().clear();
    drop(g);
    // Reverse order of declaration: `_scoped`, `kept`, `first`.
    assert_eq!(snapshot(&log), ["drop 4", "drop 2", "drop 1"]);
}

#[test]
fn resume_value_after_completion_is_dropped_and_the_body_does_not_run() {
    let log = Log::default();
    let mut g = statement_yields(Rc::clone(&log));
    assert_eq!(g.resume(D::new(&log, 1)), Yielded(1));
    assert_eq!(g.resume(D::new(&log, 2)), Yielded(2));
    assert_eq!(g.resume(D::new(&log, 3)), Complete(1));
    log.borrow_mut().clear();
    let err = catch_unwind(AssertUnwindSafe(|| g.resume(D::new(&log, 4))))
        .expect_err("resume after completion should panic");
    assert!(panic_message(&*err).contains(COMPLETED));
    assert_eq!(snapshot(&log), ["drop 4"]);
}

// ---------------------------------------------------------------------------
// Finishing: the tail, `return`, `?`.

#[generator]
fn early_return(
    limit: u32,
    #[resume] first: u32,
) -> impl Generator<u32, Yield = u32, Return = &'static str> {
    if first == 0 {
        return "zero first";
    }
    let mut total = first;
    loop {
        if total > limit {
            return "over";
        }
        let next = yield_!(total);
        if next == 0 {
            break;
        }
        total += next;
    }
    "stopped"
}

#[test]
fn return_before_the_first_yield() {
    let mut g = early_return(10);
    assert_eq!(g.resume(0), Complete("zero first"));
}

#[test]
fn return_from_inside_a_loop() {
    let mut g = early_return(10);
    assert_eq!(g.resume(4), Yielded(4));
    assert_eq!(g.resume(5), Yielded(9));
    assert_eq!(g.resume(5), Complete("over"));
}

#[test]
fn break_then_the_tail_expression() {
    let mut g = early_return(10);
    assert_eq!(g.resume(4), Yielded(4));
    assert_eq!(g.resume(0), Complete("stopped"));
}

#[generator]
fn bare_return(n: u32) -> impl Generator<Yield = u32, Return = ()> {
    for i in 0..n {
        if i == 2 {
            return;
        }
        yield_!(i);
    }
    yield_!(99);
}

#[test]
fn bare_return_completes_with_unit() {
    let mut g = bare_return(5);
    assert_eq!(g.resume(()), Yielded(0));
    assert_eq!(g.resume(()), Yielded(1));
    assert_eq!(g.resume(()), Complete(()));

    let mut g = bare_return(1);
    assert_eq!(g.resume(()), Yielded(0));
    assert_eq!(g.resume(()), Yielded(99));
    assert_eq!(g.resume(()), Complete(()));
}

#[generator]
fn return_in_match_arm(
    #[resume] first: Option<u32>,
) -> impl Generator<Option<u32>, Yield = u32, Return = u32> {
    let mut current = first;
    let mut count = 0;
    loop {
        current = match current {
            Some(v) if v > 100 => return v,
            Some(v) => {
                count += 1;
                yield_!(v)
            }
            None => return count,
        };
    }
}

#[test]
fn return_from_a_match_arm() {
    let mut g = return_in_match_arm();
    assert_eq!(g.resume(Some(1)), Yielded(1));
    assert_eq!(g.resume(Some(2)), Yielded(2));
    assert_eq!(g.resume(None), Complete(2));

    let mut g = return_in_match_arm();
    assert_eq!(g.resume(Some(1)), Yielded(1));
    assert_eq!(g.resume(Some(500)), Complete(500));
}

#[derive(Debug, PartialEq)]
enum ParseError {
    Number(std::num::ParseIntError),
    Negative(i32),
}

impl From<std::num::ParseIntError> for ParseError {
    fn from(e: std::num::ParseIntError) -> Self {
        ParseError::Number(e)
    }
}

#[generator]
fn parse_sum(
    #[resume] first: &'static str,
) -> impl Generator<&'static str, Yield = i32, Return = Result<i32, ParseError>> {
    let (mut sum, mut word) = (0, first);
    while !word.is_empty() {
        let n: i32 = word.parse()?;
        if n < 0 {
            return Err(ParseError::Negative(n));
        }
        sum += n;
        word = yield_!(sum);
    }
    Ok(sum)
}

#[test]
fn question_mark_on_err_completes_with_the_converted_error() {
    let mut g = parse_sum();
    assert_eq!(g.resume("3"), Yielded(3));
    assert_eq!(g.resume("4"), Yielded(7));
    match g.resume("x") {
        Complete(Err(ParseError::Number(e))) => assert_eq!(e, "x".parse::<i32>().unwrap_err()),
        other => panic!("expected a parse error, got {other:?}"),
    }
}

#[test]
fn return_err_and_ok_tail_with_a_result_return_type() {
    let mut g = parse_sum();
    assert_eq!(g.resume("3"), Yielded(3));
    assert_eq!(g.resume("-2"), Complete(Err(ParseError::Negative(-2))));

    let mut g = parse_sum();
    assert_eq!(g.resume("10"), Yielded(10));
    assert_eq!(g.resume(""), Complete(Ok(10)));
}

#[test]
fn question_mark_on_the_first_value_completes_on_the_first_resume() {
    let mut g = parse_sum();
    assert!(matches!(
        g.resume("?"),
        Complete(Err(ParseError::Number(_)))
    ));
}

#[generator]
fn option_question_mark(
    #[resume] first: Option<u32>,
) -> impl Generator<Option<u32>, Yield = u32, Return = Option<u32>> {
    let mut product = first?;
    loop {
        let factor = yield_!(product)?;
        if factor == 1 {
            return Some(product);
        }
        product *= factor;
    }
}

#[test]
fn question_mark_on_a_resume_value_of_none_completes_with_none() {
    let mut g = option_question_mark();
    assert_eq!(g.resume(Some(2)), Yielded(2));
    assert_eq!(g.resume(Some(3)), Yielded(6));
    assert_eq!(g.resume(None), Complete(None));

    let mut g = option_question_mark();
    assert_eq!(g.resume(None), Complete(None));

    let mut g = option_question_mark();
    assert_eq!(g.resume(Some(5)), Yielded(5));
    assert_eq!(g.resume(Some(1)), Complete(Some(5)));
}

// ---------------------------------------------------------------------------
// After completion, after a panic.

#[test]
#[should_panic(expected = "called on a generator that has already completed")]
fn resume_after_complete_panics() {
    let mut g = totals();
    assert_eq!(g.resume(0), Complete(0));
    let _ = g.resume(1);
}

#[test]
#[should_panic(expected = "called on a generator that has already completed")]
fn resume_after_question_mark_completion_panics() {
    let mut g = option_question_mark();
    assert_eq!(g.resume(None), Complete(None));
    let _ = g.resume(Some(1));
}

#[test]
#[should_panic(expected = "called on a generator that has already completed")]
fn resume_after_unit_completion_panics() {
    let mut g = return_omitted(1);
    assert_eq!(g.resume(()), Yielded(1));
    assert_eq!(g.resume(()), Complete(()));
    let _ = g.resume(());
}

#[generator]
fn panics_when_sent(
    bad: u32,
    runs: Rc<Cell<u32>>,
    #[resume] first: u32,
) -> impl Generator<u32, Yield = u32, Return = u32> {
    let mut n = first;
    loop {
        runs.set(runs.get() + 1);
        assert!(n != bad, "sent the bad value {n}");
        let next = yield_!(n);
        n = next;
    }
}

#[test]
fn resume_after_a_body_panic_panics_without_running_the_body() {
    let runs = Rc::new(Cell::new(0));
    let mut g = panics_when_sent(3, Rc::clone(&runs));
    assert_eq!(g.resume(1), Yielded(1));
    assert_eq!(g.resume(2), Yielded(2));
    let err = catch_unwind(AssertUnwindSafe(|| g.resume(3))).expect_err("the body panics");
    assert_eq!(panic_message(&*err), "sent the bad value 3");
    assert_eq!(runs.get(), 3);
    for value in [1, 3] {
        let err = catch_unwind(AssertUnwindSafe(|| g.resume(value)))
            .expect_err("resuming a panicked coroutine panics");
        assert!(
            panic_message(&*err).contains(COMPLETED),
            "unexpected message: {}",
            panic_message(&*err)
        );
    }
    assert_eq!(runs.get(), 3, "the body ran again after its panic");
}

#[test]
fn panic_on_the_first_resume_finishes_the_coroutine() {
    let runs = Rc::new(Cell::new(0));
    let mut g = panics_when_sent(0, Rc::clone(&runs));
    assert!(catch_unwind(AssertUnwindSafe(|| g.resume(0))).is_err());
    let err = catch_unwind(AssertUnwindSafe(|| g.resume(1))).expect_err("finished");
    assert!(panic_message(&*err).contains(COMPLETED));
    assert_eq!(runs.get(), 1);
    drop(g);
}

// ---------------------------------------------------------------------------
// Laziness.

#[generator]
fn lazy(
    started: Rc<Cell<u32>>,
    #[resume] first: u32,
) -> impl Generator<u32, Yield = u32, Return = u32> {
    started.set(1);
    let second = yield_!(first);
    started.set(2);
    first + second
}

#[test]
fn nothing_runs_before_the_first_resume() {
    let started = Rc::new(Cell::new(0));
    let mut g = lazy(Rc::clone(&started));
    assert_eq!(started.get(), 0);
    assert_eq!(Rc::strong_count(&started), 2, "the argument moved in");
    assert_eq!(g.resume(4), Yielded(4));
    assert_eq!(started.get(), 1, "ran past the first yield");
    assert_eq!(g.resume(5), Complete(9));
    assert_eq!(started.get(), 2);
}

#[test]
fn an_unresumed_coroutine_dropped_runs_nothing_and_drops_its_arguments() {
    let started = Rc::new(Cell::new(0));
    drop(lazy(Rc::clone(&started)));
    assert_eq!(started.get(), 0);
    assert_eq!(Rc::strong_count(&started), 1);
}

// ---------------------------------------------------------------------------
// Kept locals and drops.

#[generator]
fn kept_drops(
    log: Log,
    arg: D,
    #[resume] first: D,
) -> impl Generator<D, Yield = u32, Return = u32> {
    let a = D::new(&log, 10);
    let b = D::new(&log, 11);
    let temp = D::new(&log, 12);
    let t = temp.id;
    let c = yield_!(t);
    yield_!(c.id);
    a.id + b.id + c.id + arg.id + first.id
}

#[test]
fn suspended_coroutine_drops_kept_locals_in_reverse_declaration_order() {
    let log = Log::default();
    let mut g = kept_drops(Rc::clone(&log), D::new(&log, 1));
    assert_eq!(g.resume(D::new(&log, 2)), Yielded(12));
    // `temp` is not mentioned after the yield: dropped when it suspends.
    assert_eq!(snapshot(&log), ["drop 12"]);
    assert_eq!(g.resume(D::new(&log, 3)), Yielded(3));
    log.borrow_mut().clear();
    drop(g);
    assert_eq!(
        snapshot(&log),
        ["drop 3", "drop 11", "drop 10", "drop 2", "drop 1"]
    );
}

#[test]
fn completed_coroutine_dropped_every_value_once() {
    let log = Log::default();
    let mut g = kept_drops(Rc::clone(&log), D::new(&log, 1));
    assert_eq!(g.resume(D::new(&log, 2)), Yielded(12));
    assert_eq!(g.resume(D::new(&log, 3)), Yielded(3));
    assert_eq!(g.resume(D::new(&log, 4)), Complete(10 + 11 + 3 + 1 + 2));
    let mut entries = snapshot(&log);
    entries.sort();
    assert_eq!(
        entries,
        [
            "drop 1", "drop 10", "drop 11", "drop 12", "drop 2", "drop 3", "drop 4"
        ]
    );
    drop(g);
    assert_eq!(snapshot(&log).len(), 7);
}

// ---------------------------------------------------------------------------
// Delegation.

#[generator]
fn accumulate(
    label: &'static str,
    #[resume] first: u32,
) -> impl Generator<u32, Yield = String, Return = u32> {
    let mut total = first;
    loop {
        let n = yield_!(format!("{label}:{total}"));
        if n == 0 {
            return total;
        }
        total += n;
    }
}

#[generator]
fn two_accumulators(
    #[resume] first: u32,
) -> impl Generator<u32, Yield = String, Return = (u32, u32)> {
    let a = yield_from!(accumulate("a"), first);
    let next = yield_!(format!("between {a}"));
    let b = yield_from!(accumulate("b"), next);
    (a, b)
}

#[test]
fn yield_from_with_a_first_value_passes_every_resume_value_on() {
    let mut g = two_accumulators();
    assert_eq!(g.resume(1), Yielded("a:1".to_owned()));
    assert_eq!(g.resume(2), Yielded("a:3".to_owned()));
    assert_eq!(g.resume(0), Yielded("between 3".to_owned()));
    assert_eq!(g.resume(10), Yielded("b:10".to_owned()));
    assert_eq!(g.resume(5), Yielded("b:15".to_owned()));
    assert_eq!(g.resume(0), Complete((3, 15)));
}

#[generator]
fn delegate_completes_at_once(
    #[resume] first: u32,
) -> impl Generator<u32, Yield = u32, Return = usize> {
    let mut t = 1;
    t += yield_from!(early_return(10), first).len();
    t
}

#[test]
fn yield_from_a_delegate_that_completes_on_its_first_resume_yields_nothing() {
    let mut g = delegate_completes_at_once();
    assert_eq!(g.resume(0), Complete(1 + "zero first".len()));

    let mut g = delegate_completes_at_once();
    assert_eq!(g.resume(4), Yielded(4));
    assert_eq!(g.resume(0), Complete(1 + "stopped".len()));
}

#[generator]
fn unit_inner(n: u8) -> impl Generator<Yield = u8, Return = u8> {
    for i in 0..n {
        yield_!(i);
    }
    n * 10
}

#[generator]
fn unit_middle() -> impl Generator<Yield = u8, Return = u8> {
    let a = yield_from!(unit_inner(2));
    let b = yield_from!(unit_inner(1), ());
    a + b
}

#[generator]
fn unit_outer() -> impl Generator<Yield = u8, Return = u32> {
    yield_!(100);
    let m = yield_from!(unit_middle());
    yield_!(m);
    u32::from(m) + 1
}

#[test]
fn nested_delegation_without_first_values() {
    let mut g = unit_outer();
    let mut yielded = Vec::new();
    let done = loop {
        match g.resume(()) {
            Yielded(y) => yielded.push(y),
            Complete(r) => break r,
        }
    };
    assert_eq!(yielded, [100, 0, 1, 0, 30]);
    assert_eq!(done, 31);
}

#[generator]
fn echo(
    log: Log,
    depth: u32,
    #[resume] first: &'static str,
) -> impl Generator<&'static str, Yield = String, Return = u32> {
    note(&log, format!("echo {depth} got {first}"));
    let second = yield_!(format!("{depth}:{first}"));
    note(&log, format!("echo {depth} got {second}"));
    depth
}

#[generator]
fn relay(
    log: Log,
    #[resume] first: &'static str,
) -> impl Generator<&'static str, Yield = String, Return = u32> {
    let inner = yield_from!(echo(Rc::clone(&log), 2), first);
    let word = yield_!(format!("relay after {inner}"));
    inner * 10 + yield_from!(echo(log, 3), word)
}

#[generator]
fn outermost(
    log: Log,
    #[resume] first: &'static str,
) -> impl Generator<&'static str, Yield = String, Return = u32> {
    let got = yield_from!(relay(Rc::clone(&log)), first);
    note(&log, "outermost done");
    got + 1
}

#[test]
fn nested_delegation_hands_resume_values_to_the_innermost() {
    let log = Log::default();
    let mut g = outermost(Rc::clone(&log));
    assert_eq!(g.resume("x"), Yielded("2:x".to_owned()));
    assert_eq!(g.resume("y"), Yielded("relay after 2".to_owned()));
    assert_eq!(g.resume("z"), Yielded("3:z".to_owned()));
    assert_eq!(g.resume("w"), Complete(24));
    assert_eq!(
        snapshot(&log),
        [
            "echo 2 got x",
            "echo 2 got y",
            "echo 3 got z",
            "echo 3 got w",
            "outermost done"
        ]
    );
}

#[generator]
fn delegation_in_expressions(
    #[resume] first: u32,
) -> impl Generator<u32, Yield = String, Return = u32> {
    let doubled = 2 * yield_from!(accumulate("x"), first) + 1;
    if yield_from!(accumulate("y"), doubled) > 20 {
        return doubled;
    }
    match yield_from!(accumulate("z"), 0) {
        0 => 0,
        other => other + doubled,
    }
}

#[test]
fn delegates_return_value_used_in_an_expression() {
    let mut g = delegation_in_expressions();
    assert_eq!(g.resume(3), Yielded("x:3".to_owned()));
    assert_eq!(g.resume(4), Yielded("x:7".to_owned()));
    // doubled = 2 * 7 + 1 = 15, the first value of "y".
    assert_eq!(g.resume(0), Yielded("y:15".to_owned()));
    assert_eq!(g.resume(0), Yielded("z:0".to_owned()));
    assert_eq!(g.resume(1), Yielded("z:1".to_owned()));
    assert_eq!(g.resume(0), Complete(16));

    let mut g = delegation_in_expressions();
    assert_eq!(g.resume(3), Yielded("x:3".to_owned()));
    assert_eq!(g.resume(0), Yielded("y:7".to_owned()));
    assert_eq!(g.resume(14), Yielded("y:21".to_owned()));
    assert_eq!(g.resume(0), Complete(7));
}

enum Tree {
    Leaf(u32),
    Node(Vec<Tree>),
}

fn sample_tree() -> Tree {
    Tree::Node(vec![
        Tree::Leaf(1),
        Tree::Node(vec![Tree::Leaf(2), Tree::Leaf(3)]),
        Tree::Node(vec![]),
        Tree::Leaf(4),
    ])
}

/// Yields each leaf and returns how many there were.
#[generator]
fn leaf_count(tree: &Tree) -> impl Generator<Yield = u32, Return = usize> + '_ {
    match tree {
        Tree::Leaf(v) => {
            yield_!(*v);
            1
        }
        Tree::Node(children) => {
            let mut count = 0;
            for child in children {
                count += yield_from!(leaf_count(child));
            }
            count
        }
    }
}

#[test]
fn recursive_delegation_is_boxed_and_returns_counts() {
    let tree = sample_tree();
    let mut g = leaf_count(&tree);
    let mut leaves = Vec::new();
    let count = loop {
        match g.resume(()) {
            Yielded(v) => leaves.push(v),
            Complete(n) => break n,
        }
    };
    assert_eq!(leaves, [1, 2, 3, 4]);
    assert_eq!(count, 4);
}

/// Asks for a number at each leaf (yielding the leaf) and returns the sum of
/// the answers weighted by the leaves. Every (sub)coroutine is started with a
/// first value that it ignores.
#[generator]
fn weigh(tree: &Tree, #[resume] _: u32) -> impl Generator<u32, Yield = u32, Return = u32> + '_ {
    match tree {
        Tree::Leaf(v) => *v * yield_!(*v),
        Tree::Node(children) => {
            let mut sum = 0;
            for child in children {
                sum += yield_from!(weigh(child), 0);
            }
            sum
        }
    }
}

#[test]
fn recursive_delegation_with_resume_values() {
    let tree = sample_tree();
    let mut g = weigh(&tree);
    assert_eq!(g.resume(999), Yielded(1));
    assert_eq!(g.resume(10), Yielded(2));
    assert_eq!(g.resume(20), Yielded(3));
    assert_eq!(g.resume(30), Yielded(4));
    assert_eq!(g.resume(40), Complete(10 + 40 + 90 + 160));
}

// ---------------------------------------------------------------------------
// Return types and signatures.

#[generator]
fn boxed_counter(
    step: u32,
    #[resume] first: u32,
) -> Box<dyn Generator<u32, Yield = u32, Return = String>> {
    let mut n = first;
    while n < 10 {
        n += step + yield_!(n);
    }
    format!("ended at {n}")
}

#[generator]
fn boxed_doubler(
    #[resume] first: u32,
) -> Box<dyn Generator<u32, Yield = u32, Return = String> + Send> {
    let next = yield_!(first * 2);
    format!("doubler got {next}")
}

#[test]
fn box_dyn_generator_return() {
    let mut g = boxed_counter(1);
    assert_eq!(g.resume(2), Yielded(2));
    assert_eq!(g.resume(0), Yielded(3));
    assert_eq!(g.resume(5), Yielded(9));
    assert_eq!(g.resume(0), Complete("ended at 10".to_owned()));
}

#[test]
fn box_dyn_generators_of_different_bodies_in_one_collection() {
    let mut all: Vec<Box<dyn Generator<u32, Yield = u32, Return = String>>> =
        vec![boxed_counter(4), boxed_doubler()];
    let firsts: Vec<_> = all.iter_mut().map(|g| g.resume(3)).collect();
    assert_eq!(firsts, [Yielded(3), Yielded(6)]);
    let seconds: Vec<_> = all.iter_mut().map(|g| g.resume(7)).collect();
    assert_eq!(
        seconds,
        [
            Complete("ended at 14".to_owned()),
            Complete("doubler got 7".to_owned())
        ]
    );
}

#[generator]
fn cloneable(
    label: String,
    #[resume] first: u32,
) -> impl Generator<u32, Yield = String, Return = Vec<u32>> + Clone {
    let mut seen = vec![first];
    loop {
        let n = yield_!(format!("{label}{}", seen.len()));
        if n == 0 {
            return seen;
        }
        seen.push(n);
    }
}

#[test]
fn clone_midway_goes_on_independently() {
    let mut a = cloneable("g".to_owned());
    assert_eq!(a.resume(1), Yielded("g1".to_owned()));
    assert_eq!(a.resume(2), Yielded("g2".to_owned()));
    let mut b = a.clone();
    assert_eq!(a.resume(3), Yielded("g3".to_owned()));
    assert_eq!(a.resume(0), Complete(vec![1, 2, 3]));
    // The clone was taken after two values and is unaffected by `a`.
    assert_eq!(b.resume(30), Yielded("g3".to_owned()));
    assert_eq!(b.resume(40), Yielded("g4".to_owned()));
    assert_eq!(b.resume(0), Complete(vec![1, 2, 30, 40]));
}

#[test]
fn clone_before_the_first_resume() {
    let a = cloneable("x".to_owned());
    let mut b = a.clone();
    let mut a = a;
    assert_eq!(a.resume(5), Yielded("x1".to_owned()));
    assert_eq!(b.resume(6), Yielded("x1".to_owned()));
    assert_eq!(a.resume(0), Complete(vec![5]));
    assert_eq!(b.resume(0), Complete(vec![6]));
}

#[test]
#[should_panic(expected = "called on a generator that has already completed")]
fn clone_of_a_completed_coroutine_is_completed() {
    let mut a = cloneable("x".to_owned());
    assert_eq!(a.resume(5), Yielded("x1".to_owned()));
    assert_eq!(a.resume(0), Complete(vec![5]));
    let mut b = a.clone();
    let _ = b.resume(1);
}

#[generator]
fn sendable(
    words: Vec<String>,
    #[resume] first: usize,
) -> impl Generator<usize, Yield = String, Return = usize> + Send {
    let mut picked = 0;
    let mut i = first;
    while let Some(w) = words.get(i) {
        picked += 1;
        i += yield_!(w.clone());
    }
    picked
}

#[test]
fn send_coroutine_moves_to_another_thread_midway() {
    let words = ["a", "b", "c", "d", "e"].map(str::to_owned).to_vec();
    let mut g = sendable(words);
    assert_eq!(g.resume(0), Yielded("a".to_owned()));
    let handle = thread::spawn(move || {
        let second = g.resume(2);
        let third = g.resume(2);
        let done = g.resume(10);
        (second, third, done)
    });
    let (second, third, done) = handle.join().expect("the thread finished");
    assert_eq!(second, Yielded("c".to_owned()));
    assert_eq!(third, Yielded("e".to_owned()));
    assert_eq!(done, Complete(3));
}

#[generator]
fn send_sync(
    n: u32,
    #[resume] first: u32,
) -> impl Generator<u32, Yield = u32, Return = u32> + Send + Sync {
    let m = yield_!(n + first);
    m * n
}

fn assert_send_sync<T: Send + Sync>(t: T) -> T {
    t
}

#[test]
fn send_sync_coroutine_is_send_and_sync() {
    let mut g = assert_send_sync(send_sync(3));
    assert_eq!(g.resume(1), Yielded(4));
    assert_eq!(g.resume(5), Complete(15));
}

struct Account {
    balance: i64,
    history: Vec<i64>,
}

impl Account {
    /// Applies each amount it is sent, yields the balance after it, and
    /// returns how many amounts were applied once it is sent zero.
    #[generator]
    fn transactions(
        &mut self,
        #[resume] first: i64,
    ) -> impl Generator<i64, Yield = i64, Return = usize> + '_ {
        let (mut amount, mut applied) = (first, 0);
        while amount != 0 {
            self.balance += amount;
            self.history.push(amount);
            applied += 1;
            amount = yield_!(self.balance);
        }
        applied
    }

    #[generator]
    fn audit(
        &self,
        #[resume] _: bool,
    ) -> impl Generator<bool, Yield = i64, Return = Vec<i64>> + '_ {
        let mut flagged = Vec::new();
        for &amount in &self.history {
            if yield_!(amount) {
                flagged.push(amount);
            }
        }
        flagged
    }

    #[generator]
    fn close(self, #[resume] fee: i64) -> impl Generator<i64, Yield = i64, Return = (i64, usize)> {
        let refund = self.balance - fee;
        let extra = yield_!(refund);
        (refund + extra, self.history.len())
    }
}

#[test]
fn mut_self_method_coroutine_accumulates_into_the_struct() {
    let mut account = Account {
        balance: 100,
        history: Vec::new(),
    };
    {
        let mut g = account.transactions();
        assert_eq!(g.resume(50), Yielded(150));
        assert_eq!(g.resume(-30), Yielded(120));
        assert_eq!(g.resume(0), Complete(2));
    }
    assert_eq!(account.balance, 120);
    assert_eq!(account.history, [50, -30]);

    // A second session, dropped while suspended: what it applied stays.
    {
        let mut g = account.transactions();
        assert_eq!(g.resume(5), Yielded(125));
    }
    assert_eq!(account.history, [50, -30, 5]);
}

#[test]
fn ref_self_and_by_value_self_method_coroutines() {
    let account = Account {
        balance: 80,
        history: vec![50, -30, 60],
    };
    let mut audit = account.audit();
    assert_eq!(audit.resume(false), Yielded(50));
    assert_eq!(audit.resume(true), Yielded(-30));
    assert_eq!(audit.resume(false), Yielded(60));
    assert_eq!(audit.resume(true), Complete(vec![50, 60]));

    drop(audit);
    let mut close = account.close();
    assert_eq!(close.resume(5), Yielded(75));
    assert_eq!(close.resume(1), Complete((76, 3)));
}

#[generator]
fn collect_until<T: PartialEq + Clone>(
    stop: T,
    #[resume] first: T,
) -> impl Generator<T, Yield = usize, Return = Vec<T>> {
    let (mut items, mut item) = (Vec::new(), first);
    while item != stop {
        items.push(item.clone());
        item = yield_!(items.len());
    }
    items
}

#[test]
fn generic_resume_and_return_types() {
    let mut g = collect_until(0u8);
    assert_eq!(g.resume(3), Yielded(1));
    assert_eq!(g.resume(4), Yielded(2));
    assert_eq!(g.resume(0), Complete(vec![3, 4]));

    let mut g = collect_until(String::from("end"));
    assert_eq!(g.resume("a".to_owned()), Yielded(1));
    assert_eq!(g.resume("end".to_owned()), Complete(vec!["a".to_owned()]));
}

#[generator]
fn windows<T, const N: usize>(
    #[resume] first: T,
) -> impl Generator<T, Yield = [T; N], Return = usize>
where
    T: Copy + Default,
{
    let (mut buf, mut filled, mut next) = ([T::default(); N], 0, first);
    loop {
        buf.rotate_left(1);
        buf[N - 1] = next;
        filled += 1;
        next = yield_!(buf);
        if filled == 2 * N {
            return filled;
        }
    }
}

#[test]
fn generic_types_and_consts_with_a_where_clause() {
    let mut g = windows::<u8, 2>();
    assert_eq!(g.resume(1), Yielded([0, 1]));
    assert_eq!(g.resume(2), Yielded([1, 2]));
    assert_eq!(g.resume(3), Yielded([2, 3]));
    assert_eq!(g.resume(4), Yielded([3, 4]));
    assert_eq!(g.resume(5), Complete(4));
}

#[generator]
fn generic_delegate<G>(
    inner: G,
    #[resume] first: u32,
) -> impl Generator<u32, Yield = u32, Return = u32>
where
    G: Generator<u32, Yield = u32, Return = u32>,
{
    let got = yield_from!(inner, first);
    got + yield_!(got)
}

#[test]
fn generic_coroutine_delegating_to_a_generic_generator() {
    let mut g = generic_delegate(totals_u32());
    assert_eq!(g.resume(2), Yielded(2));
    assert_eq!(g.resume(3), Yielded(5));
    assert_eq!(g.resume(0), Yielded(2));
    assert_eq!(g.resume(40), Complete(42));
}

#[generator]
fn totals_u32(#[resume] first: u32) -> impl Generator<u32, Yield = u32, Return = u32> {
    let (mut total, mut count, mut n) = (0, 0, first);
    while n != 0 {
        total += n;
        count += 1;
        n = yield_!(total);
    }
    count
}

// ---------------------------------------------------------------------------
// Driving through `&mut G` and `Box<G>`.

fn drive<G>(mut g: G, values: &[u32]) -> Vec<GeneratorState<u32, u32>>
where
    G: Generator<u32, Yield = u32, Return = u32>,
{
    values.iter().map(|&v| g.resume(v)).collect()
}

#[test]
fn driven_through_a_mutable_reference_then_directly() {
    let mut g = totals_u32();
    assert_eq!(drive(&mut g, &[1, 2]), [Yielded(1), Yielded(3)]);
    // The reference resumed the coroutine itself.
    assert_eq!(g.resume(3), Yielded(6));
    assert_eq!(drive(&mut &mut g, &[0]), [Complete(3)]);
}

#[test]
fn driven_through_a_box() {
    let g = Box::new(totals_u32());
    assert_eq!(drive(g, &[5, 5, 0]), [Yielded(5), Yielded(10), Complete(2)]);

    let mut boxed: Box<dyn Generator<u32, Yield = u32, Return = u32>> = Box::new(totals_u32());
    assert_eq!(drive(&mut boxed, &[7]), [Yielded(7)]);
    assert_eq!(boxed.resume(0), Complete(1));
}

// ---------------------------------------------------------------------------
// Closure-typed kept locals.

#[generator]
fn closure_local(k: u32, #[resume] first: u32) -> impl Generator<u32, Yield = u32, Return = u32> {
    let f = move |x: u32| x + k;
    let mut last = f(first);
    for _ in 0..3 {
        let x = yield_!(last);
        last = f(x);
    }
    f(last) * 1000
}

#[test]
fn closure_kept_across_several_yields() {
    let mut g = closure_local(10);
    assert_eq!(g.resume(1), Yielded(11));
    assert_eq!(g.resume(2), Yielded(12));
    assert_eq!(g.resume(3), Yielded(13));
    assert_eq!(g.resume(4), Complete(24_000));
}

#[generator]
fn adapter_local(
    values: Vec<u32>,
    k: u32,
    #[resume] _: bool,
) -> impl Generator<bool, Yield = u32, Return = (u32, Vec<u32>)> {
    let mut scaled = values.into_iter().map(move |v| v * k);
    let mut skipped = Vec::new();
    let mut kept = 0;
    while let Some(v) = scaled.next() {
        if yield_!(v) {
            kept += v;
        } else {
            skipped.push(v);
        }
    }
    (kept, skipped)
}

#[test]
fn iterator_adapter_with_a_closure_kept_across_yields() {
    let mut g = adapter_local(vec![1, 2, 3], 10);
    assert_eq!(g.resume(true), Yielded(10));
    assert_eq!(g.resume(true), Yielded(20));
    assert_eq!(g.resume(false), Yielded(30));
    assert_eq!(g.resume(true), Complete((40, vec![20])));
}

// ---------------------------------------------------------------------------
// Yield and return types with tuples and borrowed lifetimes.

#[generator]
fn borrowing<'a>(
    text: &'a str,
    sep: char,
    #[resume] first: usize,
) -> impl Generator<usize, Yield = (usize, &'a str), Return = (Vec<&'a str>, Option<&'a str>)> + 'a
{
    let parts: Vec<&'a str> = text.split(sep).collect();
    let mut picked = Vec::new();
    let mut i = first;
    while i < parts.len() {
        picked.push(parts[i]);
        i += yield_!((i, parts[i]));
    }
    (picked, parts.last().copied())
}

#[test]
fn tuples_and_references_borrowed_from_arguments() {
    let text = String::from("a,bb,ccc,dddd");
    let (picked, last) = {
        let mut g = borrowing(&text, ',');
        assert_eq!(g.resume(1), Yielded((1, "bb")));
        assert_eq!(g.resume(2), Yielded((3, "dddd")));
        match g.resume(1) {
            Complete(done) => done,
            Yielded(y) => panic!("expected completion, got {y:?}"),
        }
    };
    // The borrowed results outlive the coroutine.
    assert_eq!(picked, ["bb", "dddd"]);
    assert_eq!(last, Some("dddd"));
}

#[generator]
fn borrowed_resume<'a>(
    #[resume] first: &'a str,
) -> impl Generator<&'a str, Yield = usize, Return = String> + 'a {
    let mut joined = String::from(first);
    loop {
        let next = yield_!(joined.len());
        if next.is_empty() {
            return joined;
        }
        joined.push_str(next);
    }
}

#[test]
fn borrowed_resume_values() {
    let a = String::from("ab");
    let b = String::from("cde");
    let mut g = borrowed_resume();
    assert_eq!(g.resume(&a), Yielded(2));
    assert_eq!(g.resume(&b), Yielded(5));
    assert_eq!(g.resume(""), Complete("abcde".to_owned()));
}

// ---------------------------------------------------------------------------
// More places a resume value can go.

#[generator]
fn yields_what_it_gets(#[resume] first: u32) -> impl Generator<u32, Yield = u32, Return = u32> {
    let echoed = yield_!(yield_!(first) + 1);
    echoed * 2
}

#[test]
fn resume_value_yielded_again_by_a_nested_yield() {
    let mut g = yields_what_it_gets();
    assert_eq!(g.resume(5), Yielded(5));
    assert_eq!(g.resume(7), Yielded(8));
    assert_eq!(g.resume(9), Complete(18));
}

#[generator]
fn resume_value_as_return_value(
    #[resume] first: String,
) -> impl Generator<String, Yield = usize, Return = String> {
    if first.is_empty() {
        return yield_!(0);
    }
    let found = loop {
        let s = yield_!(first.len());
        if s.starts_with('!') {
            break s;
        }
    };
    format!("{first}{found}")
}

#[test]
fn resume_value_returned_and_broken_out_of_a_loop() {
    let mut g = resume_value_as_return_value();
    assert_eq!(g.resume(String::new()), Yielded(0));
    assert_eq!(g.resume("direct".to_owned()), Complete("direct".to_owned()));

    let mut g = resume_value_as_return_value();
    assert_eq!(g.resume("ab".to_owned()), Yielded(2));
    assert_eq!(g.resume("no".to_owned()), Yielded(2));
    assert_eq!(g.resume("!yes".to_owned()), Complete("ab!yes".to_owned()));
}

#[generator]
fn resume_value_as_tail(
    #[resume] _: &'static str,
) -> impl Generator<&'static str, Yield = u8, Return = &'static str> {
    yield_!(1);
    yield_!(2)
}

#[test]
fn resume_value_as_the_tail_of_the_body() {
    let mut g = resume_value_as_tail();
    assert_eq!(g.resume("ignored, R is not ()"), Yielded(1));
    assert_eq!(g.resume("dropped"), Yielded(2));
    assert_eq!(g.resume("the result"), Complete("the result"));
}

#[generator]
fn while_let_resume(
    #[resume] _: Option<char>,
) -> impl Generator<Option<char>, Yield = usize, Return = String> {
    let mut s = String::new();
    while let Some(c) = yield_!(s.len()) {
        if c == ' ' {
            continue;
        }
        s.push(c);
    }
    s
}

#[test]
fn resume_value_as_a_while_let_scrutinee() {
    let mut g = while_let_resume();
    assert_eq!(g.resume(None), Yielded(0));
    assert_eq!(g.resume(Some('a')), Yielded(1));
    assert_eq!(g.resume(Some(' ')), Yielded(1));
    assert_eq!(g.resume(Some('b')), Yielded(2));
    assert_eq!(g.resume(None), Complete("ab".to_owned()));
}

#[generator]
fn index_and_block_values(
    table: [&'static str; 4],
    #[resume] _: usize,
) -> impl Generator<usize, Yield = u8, Return = Vec<&'static str>> {
    let a = table[yield_!(1)];
    let b = { yield_!(2) };
    let c = if b > 1 { table[yield_!(3)] } else { "small" };
    let d = match a {
        "zero" => "was zero",
        _ => table[yield_!(4) % 4],
    };
    let e = 'block: {
        if yield_!(5) == 0 {
            break 'block "broke";
        }
        "fell through"
    };
    vec![a, table[b % 4], c, d, e]
}

#[test]
fn resume_values_as_an_index_and_as_block_and_branch_values() {
    let table = ["zero", "one", "two", "three"];
    let mut g = index_and_block_values(table);
    assert_eq!(g.resume(0), Yielded(1));
    assert_eq!(g.resume(2), Yielded(2));
    assert_eq!(g.resume(3), Yielded(3));
    assert_eq!(g.resume(1), Yielded(4));
    assert_eq!(g.resume(7), Yielded(5));
    assert_eq!(
        g.resume(0),
        Complete(vec!["two", "three", "one", "three", "broke"])
    );

    let mut g = index_and_block_values(table);
    assert_eq!(g.resume(0), Yielded(1));
    assert_eq!(g.resume(0), Yielded(2));
    assert_eq!(g.resume(1), Yielded(5));
    assert_eq!(
        g.resume(1),
        Complete(vec!["zero", "one", "small", "was zero", "fell through"])
    );
}

#[generator]
fn shadowed_by_resume_value(#[resume] x: u32) -> impl Generator<u32, Yield = u32, Return = u32> {
    let outer = x;
    let mut x = x;
    for _ in 0..2 {
        let x2 = yield_!(x);
        let x = x2 + 1000;
        yield_!(x);
    }
    x += outer;
    x
}

#[test]
fn resume_value_bound_to_a_name_that_hides_another() {
    let mut g = shadowed_by_resume_value();
    assert_eq!(g.resume(1), Yielded(1));
    assert_eq!(g.resume(2), Yielded(1002));
    assert_eq!(g.resume(0), Yielded(1));
    assert_eq!(g.resume(3), Yielded(1003));
    assert_eq!(g.resume(0), Complete(2));
}

#[generator]
fn captured_by_closure(#[resume] first: u32) -> impl Generator<u32, Yield = u32, Return = u32> {
    let add = yield_!(first);
    let f = move |v: u32| v + add;
    let mut total = f(0);
    for _ in 0..2 {
        total = f(yield_!(total));
    }
    total
}

#[test]
fn resume_value_captured_by_a_closure_kept_across_yields() {
    let mut g = captured_by_closure();
    assert_eq!(g.resume(9), Yielded(9));
    assert_eq!(g.resume(100), Yielded(100));
    assert_eq!(g.resume(1), Yielded(101));
    assert_eq!(g.resume(2), Complete(102));
}

#[generator]
fn question_mark_on_delegate(
    #[resume] first: &'static str,
) -> impl Generator<&'static str, Yield = i32, Return = Result<i32, ParseError>> {
    let a = yield_from!(parse_sum(), first)?;
    let word = yield_!(a);
    let b = yield_from!(parse_sum(), word)?;
    Ok(a * b)
}

#[test]
fn question_mark_on_the_result_of_a_delegate() {
    let mut g = question_mark_on_delegate();
    assert_eq!(g.resume("2"), Yielded(2));
    assert_eq!(g.resume(""), Yielded(2));
    assert_eq!(g.resume("5"), Yielded(5));
    assert_eq!(g.resume(""), Complete(Ok(10)));

    let mut g = question_mark_on_delegate();
    assert_eq!(g.resume("2"), Yielded(2));
    assert_eq!(g.resume("-1"), Complete(Err(ParseError::Negative(-1))));
}

// ---------------------------------------------------------------------------
// Delegation: drops and panics.

#[generator]
fn holds(
    log: Log,
    id: u32,
    #[resume] first: u32,
) -> impl Generator<u32, Yield = u32, Return = u32> {
    let d = D::new(&log, id);
    let more = yield_!(first);
    d.id + more
}

#[generator]
fn delegating_holder(
    log: Log,
    #[resume] first: u32,
) -> impl Generator<u32, Yield = u32, Return = u32> {
    let mine = D::new(&log, 1);
    let got = yield_from!(holds(Rc::clone(&log), 2), first);
    mine.id + got
}

#[test]
fn dropping_a_coroutine_suspended_in_yield_from_drops_the_delegate_first() {
    let log = Log::default();
    let mut g = delegating_holder(Rc::clone(&log));
    assert_eq!(g.resume(7), Yielded(7));
    assert!(snapshot(&log).is_empty());
    drop(g);
    // The delegate was created after `mine`, so it goes first.
    assert_eq!(snapshot(&log), ["drop 2", "drop 1"]);
}

#[test]
fn delegate_completes_then_the_outer_finishes() {
    let log = Log::default();
    let mut g = delegating_holder(Rc::clone(&log));
    assert_eq!(g.resume(7), Yielded(7));
    assert_eq!(g.resume(10), Complete(13));
    assert_eq!(snapshot(&log), ["drop 2", "drop 1"]);
}

#[test]
fn panic_inside_a_delegate_finishes_the_outer_coroutine() {
    let runs = Rc::new(Cell::new(0));
    let mut g = generic_delegate(panics_when_sent(2, Rc::clone(&runs)));
    assert_eq!(g.resume(1), Yielded(1));
    let err = catch_unwind(AssertUnwindSafe(|| g.resume(2))).expect_err("the delegate panics");
    assert_eq!(panic_message(&*err), "sent the bad value 2");
    let err = catch_unwind(AssertUnwindSafe(|| g.resume(3))).expect_err("finished");
    assert!(panic_message(&*err).contains(COMPLETED));
    assert_eq!(runs.get(), 2);
}

// ---------------------------------------------------------------------------
// Closure-typed kept locals built in loops that suspend (the re-dispatch path).

#[generator]
fn rows_scaled(
    data: Vec<Vec<u32>>,
    #[resume] first: u32,
) -> impl Generator<u32, Yield = u32, Return = u32> {
    let mut factor = first;
    let mut total = 0;
    for row in data {
        let mut scaled = row.into_iter().map(move |v| v * 2);
        while let Some(v) = scaled.next() {
            factor = yield_!(v * factor);
            if factor == 0 {
                return total;
            }
            total += factor;
        }
        total += yield_!(0);
    }
    total
}

#[test]
fn closure_built_in_a_loop_sees_each_resume_value() {
    let mut g = rows_scaled(vec![vec![1, 2], vec![3]]);
    assert_eq!(g.resume(1), Yielded(2));
    assert_eq!(g.resume(10), Yielded(40));
    assert_eq!(g.resume(3), Yielded(0));
    assert_eq!(g.resume(100), Yielded(18));
    assert_eq!(g.resume(4), Yielded(0));
    assert_eq!(g.resume(1000), Complete(10 + 3 + 100 + 4 + 1000));

    let mut g = rows_scaled(vec![vec![1, 2], vec![3]]);
    assert_eq!(g.resume(1), Yielded(2));
    assert_eq!(g.resume(5), Yielded(20));
    assert_eq!(g.resume(0), Complete(5));
}

#[generator]
fn closure_then_delegate(
    k: u32,
    #[resume] first: u32,
) -> impl Generator<u32, Yield = String, Return = Result<u32, String>> {
    let check = move |v: u32| {
        if v > k {
            Err(format!("{v} > {k}"))
        } else {
            Ok(v)
        }
    };
    let mut sum = check(first)?;
    loop {
        let got = yield_from!(accumulate("d"), sum);
        sum = check(got)?;
        if yield_!(format!("sum {sum}")) == 0 {
            return Ok(sum);
        }
    }
}

#[test]
fn closure_kept_across_a_delegation_and_question_marks() {
    let mut g = closure_then_delegate(50);
    assert_eq!(g.resume(1), Yielded("d:1".to_owned()));
    assert_eq!(g.resume(2), Yielded("d:3".to_owned()));
    assert_eq!(g.resume(0), Yielded("sum 3".to_owned()));
    assert_eq!(g.resume(1), Yielded("d:3".to_owned()));
    assert_eq!(g.resume(10), Yielded("d:13".to_owned()));
    assert_eq!(g.resume(0), Yielded("sum 13".to_owned()));
    assert_eq!(g.resume(0), Complete(Ok(13)));

    let mut g = closure_then_delegate(50);
    assert_eq!(g.resume(20), Yielded("d:20".to_owned()));
    assert_eq!(g.resume(40), Yielded("d:60".to_owned()));
    assert_eq!(g.resume(0), Complete(Err("60 > 50".to_owned())));

    let mut g = closure_then_delegate(50);
    assert_eq!(g.resume(51), Complete(Err("51 > 50".to_owned())));
}

// ---------------------------------------------------------------------------
// More signatures.

trait Source {
    fn pull(&self) -> impl Generator<u32, Yield = u32, Return = u32> + '_;
}

struct Scaled(u32);

impl Source for Scaled {
    #[generator]
    fn pull(&self, #[resume] first: u32) -> impl Generator<u32, Yield = u32, Return = u32> + '_ {
        let second = yield_!(first * self.0);
        second * self.0
    }
}

#[test]
fn trait_impl_method_coroutine() {
    let s = Scaled(3);
    let mut g = s.pull();
    assert_eq!(g.resume(2), Yielded(6));
    assert_eq!(g.resume(5), Complete(15));
}

#[generator]
fn with_use_bound<'a, T: Copy + 'a>(
    items: &'a [T],
    #[resume] first: usize,
) -> impl Generator<usize, Yield = T, Return = usize> + use<'a, T> {
    let mut i = first;
    let mut n = 0;
    while let Some(&item) = items.get(i) {
        n += 1;
        i += yield_!(item);
    }
    n
}

#[test]
fn use_bound_and_borrowed_slice() {
    let items = [10u8, 20, 30, 40];
    let mut g = with_use_bound(&items);
    assert_eq!(g.resume(1), Yielded(20));
    assert_eq!(g.resume(2), Yielded(40));
    assert_eq!(g.resume(1), Complete(2));
}

#[generator]
fn boxed_with_lifetime<'a>(
    words: &'a [&'a str],
    #[resume] first: usize,
) -> Box<dyn Generator<usize, Yield = &'a str, Return = usize> + 'a> {
    let (mut at, mut count) = (first, 0);
    while at < words.len() {
        count += 1;
        at = yield_!(words[at]);
    }
    count
}

#[test]
fn box_dyn_generator_with_a_lifetime() {
    let words = ["a", "b", "c"];
    let mut g = boxed_with_lifetime(&words);
    assert_eq!(g.resume(2), Yielded("c"));
    assert_eq!(g.resume(0), Yielded("a"));
    assert_eq!(g.resume(9), Complete(2));
}

#[generator]
fn send_recursive(
    depth: u32,
    #[resume] first: u32,
) -> impl Generator<u32, Yield = u32, Return = u32> + Send {
    if depth == 0 {
        return yield_!(first);
    }
    let below = yield_from!(send_recursive(depth - 1), first + 1);
    below + depth
}

#[test]
fn recursive_send_coroutine_is_boxed_as_send_and_runs_on_another_thread() {
    let mut g = send_recursive(3);
    assert_eq!(g.resume(0), Yielded(3));
    let done = thread::spawn(move || g.resume(10)).join().expect("joined");
    assert_eq!(done, Complete(10 + 1 + 2 + 3));
}

#[generator]
fn clone_keeps_resume_values(
    #[resume] first: String,
) -> impl Generator<String, Yield = usize, Return = String> + Clone {
    let mut parts = vec![first];
    loop {
        let last = yield_!(parts.len());
        if last.is_empty() {
            return parts.join("-");
        }
        parts.push(last);
    }
}

#[test]
fn clone_copies_the_resume_values_it_kept() {
    let mut a = clone_keeps_resume_values();
    assert_eq!(a.resume("x".to_owned()), Yielded(1));
    assert_eq!(a.resume("y".to_owned()), Yielded(2));
    let mut b = a.clone();
    assert_eq!(a.resume(String::new()), Complete("x-y".to_owned()));
    assert_eq!(b.resume("z".to_owned()), Yielded(3));
    assert_eq!(b.resume(String::new()), Complete("x-y-z".to_owned()));
}

#[generator]
fn default_resume<T: Default + std::ops::AddAssign + Copy>(
    limit: usize,
    #[resume] first: T,
) -> impl Generator<T, Yield = T, Return = T> {
    let mut acc = T::default();
    acc += first;
    for _ in 1..limit {
        acc += yield_!(acc);
    }
    acc
}

#[test]
fn generic_resume_type_inferred_from_the_first_resume() {
    let mut g = default_resume(3);
    assert_eq!(g.resume(1.5_f64), Yielded(1.5));
    assert_eq!(g.resume(2.0), Yielded(3.5));
    assert_eq!(g.resume(0.5), Complete(4.0));

    let mut g = default_resume::<i8>(1);
    assert_eq!(g.resume(-3), Complete(-3));
}

// ---------------------------------------------------------------------------
// Still more expression positions.

#[generator]
fn for_over_resume_values(
    #[resume] _: Vec<u32>,
) -> impl Generator<Vec<u32>, Yield = u32, Return = u32> {
    let mut total = 0;
    for x in yield_!(0) {
        total += x;
        yield_!(total);
    }
    for i in 0..yield_!(100).len() {
        total += u32::try_from(i).unwrap_or(0);
    }
    total
}

#[test]
fn resume_value_iterated_by_a_for_loop_and_in_a_range() {
    let mut g = for_over_resume_values();
    assert_eq!(g.resume(vec![]), Yielded(0));
    assert_eq!(g.resume(vec![5, 6]), Yielded(5));
    // The statement yields inside the loop drop what they are sent.
    assert_eq!(g.resume(vec![1000]), Yielded(11));
    assert_eq!(g.resume(vec![1000]), Yielded(100));
    // 0 + 1 + 2 for a resume value of length 3.
    assert_eq!(g.resume(vec![7, 7, 7]), Complete(14));
}

fn takes_ref(s: &str) -> usize {
    s.len()
}

#[generator]
fn method_calls_on_resume_values(
    #[resume] _: String,
) -> impl Generator<String, Yield = u8, Return = (usize, String, bool, u64, [usize; 2])> {
    let len = yield_!(1).trim().len();
    let upper = yield_!(2).to_uppercase();
    let not_empty = !yield_!(3).is_empty();
    let widened = yield_!(4).len() as u64;
    let pair = [takes_ref(&yield_!(5)), takes_ref(&yield_!(6))];
    (len, upper, not_empty, widened, pair)
}

#[test]
fn resume_values_as_receivers_references_and_array_elements() {
    let mut g = method_calls_on_resume_values();
    assert_eq!(g.resume(String::new()), Yielded(1));
    assert_eq!(g.resume("  ab  ".to_owned()), Yielded(2));
    assert_eq!(g.resume("up".to_owned()), Yielded(3));
    assert_eq!(g.resume(String::new()), Yielded(4));
    assert_eq!(g.resume("four".to_owned()), Yielded(5));
    assert_eq!(g.resume("x".to_owned()), Yielded(6));
    assert_eq!(
        g.resume("xyz".to_owned()),
        Complete((2, "UP".to_owned(), false, 4, [1, 3]))
    );
}

#[generator]
fn short_circuit(
    flags: Vec<bool>,
    #[resume] _: bool,
) -> impl Generator<bool, Yield = usize, Return = Vec<&'static str>> {
    let mut out = Vec::new();
    for (i, flag) in flags.into_iter().enumerate() {
        if flag && yield_!(i) {
            out.push("and");
        } else if !flag || yield_!(i + 100) {
            out.push("or");
        } else {
            out.push("neither");
        }
    }
    out
}

#[test]
fn resume_values_as_right_operands_of_and_and_or() {
    let mut g = short_circuit(vec![false, true, true]);
    // `false && ..` does not yield; `!false || ..` does not either.
    assert_eq!(g.resume(false), Yielded(1));
    assert_eq!(g.resume(true), Yielded(2));
    assert_eq!(g.resume(false), Yielded(102));
    assert_eq!(g.resume(false), Complete(vec!["or", "and", "neither"]));
}

#[generator]
fn loop_break_with_resume_value(
    #[resume] _: i32,
) -> impl Generator<i32, Yield = i32, Return = (i32, i32)> {
    let mut tries = 0;
    let got = loop {
        tries += 1;
        let v = yield_!(tries);
        if v > 0 {
            break v;
        }
    };
    let direct = loop {
        break yield_!(-1) * 2;
    };
    (got, direct)
}

#[test]
fn resume_value_as_a_break_value() {
    let mut g = loop_break_with_resume_value();
    assert_eq!(g.resume(0), Yielded(1));
    assert_eq!(g.resume(-5), Yielded(2));
    assert_eq!(g.resume(9), Yielded(-1));
    assert_eq!(g.resume(21), Complete((9, 42)));
}

#[generator]
fn let_else_yield_in_else(
    opts: Vec<Option<u32>>,
    #[resume] _: u32,
) -> impl Generator<u32, Yield = &'static str, Return = u32> {
    let mut sum = 0;
    for opt in opts {
        let Some(v) = opt else {
            sum += yield_!("missing");
            continue;
        };
        sum += v;
    }
    sum
}

#[test]
fn resume_value_supplies_what_let_else_did_not_find() {
    let mut g = let_else_yield_in_else(vec![Some(1), None, Some(2), None]);
    assert_eq!(g.resume(0), Yielded("missing"));
    assert_eq!(g.resume(10), Yielded("missing"));
    assert_eq!(g.resume(20), Complete(33));
}

#[generator]
fn in_unsafe_and_labeled_block(#[resume] _: u8) -> impl Generator<u8, Yield = u8, Return = u8> {
    // SAFETY: no unsafe operation; the block only checks that `yield_!` works in one.
    #[allow(unused_unsafe)]
    let a = unsafe { yield_!(1) };
    let b = 'found: {
        for i in 0..3 {
            if yield_!(10 + i) == i {
                break 'found i;
            }
        }
        99
    };
    a + b
}

#[test]
fn resume_values_in_unsafe_and_labeled_blocks() {
    let mut g = in_unsafe_and_labeled_block();
    assert_eq!(g.resume(0), Yielded(1));
    assert_eq!(g.resume(5), Yielded(10));
    assert_eq!(g.resume(7), Yielded(11));
    assert_eq!(g.resume(1), Complete(6));

    let mut g = in_unsafe_and_labeled_block();
    assert_eq!(g.resume(0), Yielded(1));
    assert_eq!(g.resume(1), Yielded(10));
    assert_eq!(g.resume(9), Yielded(11));
    assert_eq!(g.resume(9), Yielded(12));
    assert_eq!(g.resume(9), Complete(100));
}

#[generator]
fn closures_keep_their_own_return_and_question_mark(
    #[resume] first: &'static str,
) -> impl Generator<&'static str, Yield = Option<u32>, Return = u32> {
    let parse = |s: &str| -> Option<u32> {
        if s.is_empty() {
            return Some(0);
        }
        let n = s.parse::<u32>().ok()?;
        Some(n * 2)
    };
    let mut total = 0;
    let mut word = parse(first);
    while let Some(n) = word {
        total += n;
        word = parse(yield_!(word));
    }
    total
}

#[test]
fn return_and_question_mark_inside_a_closure_stay_the_closures() {
    let mut g = closures_keep_their_own_return_and_question_mark();
    assert_eq!(g.resume("1"), Yielded(Some(2)));
    assert_eq!(g.resume(""), Yielded(Some(0)));
    assert_eq!(g.resume("5"), Yielded(Some(10)));
    assert_eq!(g.resume("x"), Complete(12));
}

// ---------------------------------------------------------------------------
// More delegation shapes.

#[generator]
fn delegate_by_reference<'a, G>(
    inner: &'a mut G,
    #[resume] first: u32,
) -> impl Generator<u32, Yield = String, Return = (u32, u32)> + 'a
where
    G: Generator<u32, Yield = String, Return = u32>,
{
    let a = yield_from!(inner, first);
    // A delegate held in a local, moved into the `yield_from!`.
    let fresh = accumulate("m");
    let b = yield_from!(fresh, a);
    (a, b)
}

#[test]
fn yield_from_a_mutable_reference_and_from_a_local() {
    let mut inner = accumulate("r");
    {
        let mut g = delegate_by_reference(&mut inner);
        assert_eq!(g.resume(2), Yielded("r:2".to_owned()));
        assert_eq!(g.resume(0), Yielded("m:2".to_owned()));
        assert_eq!(g.resume(3), Yielded("m:5".to_owned()));
        assert_eq!(g.resume(0), Complete((2, 5)));
    }
    // The caller's generator was driven to completion through the reference.
    let err = catch_unwind(AssertUnwindSafe(|| inner.resume(1))).expect_err("completed");
    assert!(panic_message(&*err).contains(COMPLETED));
}

#[generator]
fn delegate_to_boxed_dyn(
    #[resume] first: u32,
) -> impl Generator<u32, Yield = u32, Return = String> {
    let a = yield_from!(boxed_counter(5), first);
    let b = yield_from!(boxed_doubler(), 4);
    format!("{a}; {b}")
}

#[test]
fn yield_from_a_box_dyn_generator() {
    let mut g = delegate_to_boxed_dyn();
    assert_eq!(g.resume(1), Yielded(1));
    assert_eq!(g.resume(0), Yielded(6));
    assert_eq!(g.resume(0), Yielded(8));
    assert_eq!(
        g.resume(3),
        Complete("ended at 11; doubler got 3".to_owned())
    );
}

#[generator]
fn first_value_from_a_yield(#[resume] _: u32) -> impl Generator<u32, Yield = String, Return = u32> {
    yield_from!(accumulate("f"), yield_!("first?".to_owned()) * 10)
}

#[test]
fn delegates_first_value_comes_from_a_yield() {
    let mut g = first_value_from_a_yield();
    assert_eq!(g.resume(0), Yielded("first?".to_owned()));
    assert_eq!(g.resume(3), Yielded("f:30".to_owned()));
    assert_eq!(g.resume(1), Yielded("f:31".to_owned()));
    assert_eq!(g.resume(0), Complete(31));
}

struct Forest {
    trees: Vec<Tree>,
}

impl Forest {
    /// Recursion through a method of the same name: boxed by the macro.
    #[generator]
    fn visit<'a>(&'a self, tree: &'a Tree) -> impl Generator<Yield = u32, Return = u32> + 'a {
        match tree {
            Tree::Leaf(v) => {
                yield_!(*v);
                *v
            }
            Tree::Node(children) => {
                let mut sum = 0;
                for child in children {
                    sum += yield_from!(self.visit(child));
                }
                sum
            }
        }
    }

    #[generator]
    fn visit_all(&self) -> impl Generator<Yield = u32, Return = Vec<u32>> + '_ {
        let mut sums = Vec::new();
        for tree in &self.trees {
            sums.push(yield_from!(self.visit(tree)));
        }
        sums
    }
}

#[test]
fn recursive_method_coroutine() {
    let forest = Forest {
        trees: vec![sample_tree(), Tree::Leaf(7)],
    };
    let mut g = forest.visit_all();
    let mut leaves = Vec::new();
    let sums = loop {
        match g.resume(()) {
            Yielded(v) => leaves.push(v),
            Complete(sums) => break sums,
        }
    };
    assert_eq!(leaves, [1, 2, 3, 4, 7]);
    assert_eq!(sums, [10, 7]);
}

#[generator]
fn send_sync_recursive(n: u32) -> impl Generator<Yield = u32, Return = u32> + Send + Sync {
    if n == 0 {
        return 0;
    }
    yield_!(n);
    n + yield_from!(send_sync_recursive(n - 1))
}

#[test]
fn recursive_send_sync_coroutine() {
    let mut g = assert_send_sync(send_sync_recursive(3));
    assert_eq!(g.resume(()), Yielded(3));
    assert_eq!(g.resume(()), Yielded(2));
    assert_eq!(g.resume(()), Yielded(1));
    assert_eq!(g.resume(()), Complete(6));
}

#[test]
fn dropping_a_suspended_recursive_coroutine_drops_every_level() {
    let log = Log::default();
    let mut g = nested_holders(Rc::clone(&log), 3);
    assert_eq!(g.resume(()), Yielded(1));
    assert!(snapshot(&log).is_empty());
    drop(g);
    assert_eq!(snapshot(&log), ["drop 1", "drop 2", "drop 3"]);
}

#[generator]
fn nested_holders(log: Log, depth: u32) -> impl Generator<Yield = u32, Return = u32> {
    let held = D::new(&log, depth);
    if depth == 1 {
        yield_!(1);
        return held.id;
    }
    // `held` is read after the delegation, so every level keeps it.
    yield_from!(nested_holders(Rc::clone(&log), depth - 1)) + held.id
}

// ---------------------------------------------------------------------------
// More signatures.

struct Wrapper<T>(Vec<T>);

impl<T: Clone + PartialEq> Wrapper<T> {
    #[generator]
    fn replace_each(
        &mut self,
        #[resume] _: Option<T>,
    ) -> impl Generator<Option<T>, Yield = T, Return = usize> + '_ {
        let mut replaced = 0;
        for slot in self.0.iter_mut() {
            if let Some(new) = yield_!(slot.clone()) {
                if new != *slot {
                    *slot = new;
                    replaced += 1;
                }
            }
        }
        replaced
    }
}

#[test]
fn method_of_a_generic_impl_writes_through_mut_self() {
    let mut w = Wrapper(vec!['a', 'b', 'c']);
    let mut g = w.replace_each();
    assert_eq!(g.resume(None), Yielded('a'));
    assert_eq!(g.resume(Some('x')), Yielded('b'));
    assert_eq!(g.resume(Some('b')), Yielded('c'));
    assert_eq!(g.resume(None), Complete(1));
    drop(g);
    assert_eq!(w.0, ['x', 'b', 'c']);
}

#[generator]
fn bindings_in_another_order(
    #[resume] first: u8,
) -> impl gen_core::Generator<u8, Return = u16, Yield = u32> {
    let second = yield_!(u32::from(first));
    u16::from(first) * 256 + u16::from(second)
}

#[test]
fn return_bound_before_yield_and_a_qualified_trait_path() {
    let mut g = bindings_in_another_order();
    assert_eq!(g.resume(1), Yielded(1));
    assert_eq!(g.resume(2), Complete(258));
}

#[generator]
fn zero_sized(#[resume] _: ()) -> impl Generator<(), Yield = (), Return = ()> {
    yield_!(());
    let () = yield_!(());
}

#[test]
fn unit_everywhere_with_an_explicit_resume_parameter() {
    let mut g = zero_sized();
    assert_eq!(g.resume(()), Yielded(()));
    assert_eq!(g.resume(()), Yielded(()));
    assert_eq!(g.resume(()), Complete(()));
}

#[generator]
fn long_running(#[resume] first: u64) -> impl Generator<u64, Yield = u64, Return = u64> {
    let mut sum = first;
    loop {
        let n = yield_!(sum);
        if n == 0 {
            return sum;
        }
        sum += n;
    }
}

#[test]
fn many_resumes_in_a_row() {
    let mut g = long_running();
    assert_eq!(g.resume(1), Yielded(1));
    for n in 2..=100_000 {
        assert_eq!(g.resume(n), Yielded(n * (n + 1) / 2));
    }
    assert_eq!(g.resume(0), Complete(100_000 * 100_001 / 2));
}

#[test]
fn dropping_a_coroutine_suspended_in_the_closure_path_drops_its_locals() {
    let log = Log::default();
    let mut g = closure_holding_d(Rc::clone(&log));
    assert_eq!(g.resume(1), Yielded(11));
    assert!(snapshot(&log).is_empty());
    drop(g);
    assert_eq!(snapshot(&log), ["drop 5"]);
}

#[generator]
fn closure_holding_d(
    log: Log,
    #[resume] first: u32,
) -> impl Generator<u32, Yield = u32, Return = u32> {
    let d = D::new(&log, 5);
    // `&d` makes the `move` closure own all of `d`, not just the `u32` field.
    let f = move |x: u32| {
        let d = &d;
        x + 10 + d.id - 5
    };
    let mut v = f(first);
    for _ in 0..3 {
        v = f(yield_!(v));
    }
    v
}

// ---------------------------------------------------------------------------
// Paths: shadowing names does not change what the expansion means.

mod hygiene {
    // Modules and types named like what an expansion might name by a relative
    // path: such a path would resolve to these and fail to compile.
    #[allow(dead_code, reason = "shadows what a careless expansion might name")]
    mod shadows {
        pub mod core {}
        pub mod std {}
        pub mod gen_core {}
        pub struct Generator;
        pub struct GeneratorState;
        pub struct Yielded;
        pub struct Complete;
        pub struct Option;
        pub struct Some;
        pub struct None;
        pub struct Result;
        pub struct Ok;
        pub struct Err;
        pub struct Box;
    }

    #[allow(
        unused_imports,
        reason = "only here to shadow names for the expansions below"
    )]
    use shadows::{
        Box, Complete, Err, Generator, GeneratorState, None, Ok, Option, Result, Some, Yielded,
        core, gen_core, std,
    };

    mod reexport {
        pub use ::gen_core as runtime;
    }

    type Res = ::core::result::Result<u32, ::std::num::ParseIntError>;

    #[::gen_core::generator]
    pub fn shadowed(
        depth: u32,
        #[resume] first: &'static str,
    ) -> impl ::gen_core::Generator<&'static str, Yield = u32, Return = Res> {
        let mut total = first.parse::<u32>()?;
        if depth > 0 {
            total += yield_from!(shadowed(depth - 1), yield_!(total))?;
        }
        if total > 100 {
            return Res::Ok(0);
        }
        Res::Ok(total)
    }

    #[::gen_core::generator(crate = self::reexport::runtime)]
    pub fn through_reexport(
        #[resume] first: u8,
    ) -> ::std::boxed::Box<dyn ::gen_core::Generator<u8, Yield = u8, Return = u8>> {
        let second = yield_!(first);
        first + second
    }
}

#[test]
fn shadowed_names_do_not_change_the_expansion() {
    let mut g = hygiene::shadowed(1);
    assert_eq!(g.resume("2"), Yielded(2));
    assert_eq!(g.resume("3"), Complete(Ok(5)));

    let mut g = hygiene::shadowed(1);
    assert_eq!(g.resume("2"), Yielded(2));
    assert!(matches!(g.resume("x"), Complete(Err(_))));

    let mut g = hygiene::shadowed(0);
    assert_eq!(g.resume("200"), Complete(Ok(0)));
}

#[test]
fn crate_argument_through_a_reexport() {
    let mut g = hygiene::through_reexport();
    assert_eq!(g.resume(4), Yielded(4));
    assert_eq!(g.resume(5), Complete(9));
}

// ---------------------------------------------------------------------------
// Items in the body, trait-object resume values.

#[generator]
fn items_in_the_body(#[resume] first: u32) -> impl Generator<u32, Yield = u32, Return = u32> {
    const STEP: u32 = 3;
    fn scale(x: u32) -> u32 {
        // A nested fn keeps its own `return`.
        if x > 100 {
            return 100;
        }
        x * STEP
    }
    let second = yield_!(scale(first));
    scale(second) + STEP
}

#[test]
fn nested_items_keep_their_own_meaning() {
    let mut g = items_in_the_body();
    assert_eq!(g.resume(2), Yielded(6));
    assert_eq!(g.resume(5), Complete(18));

    let mut g = items_in_the_body();
    assert_eq!(g.resume(101), Yielded(100));
    assert_eq!(g.resume(200), Complete(103));
}

type Job = Box<dyn FnOnce(u32) -> u32>;

#[generator]
fn job_runner(#[resume] first: Job) -> impl Generator<Job, Yield = u32, Return = u32> {
    let mut acc = first(1);
    for _ in 0..2 {
        let job = yield_!(acc);
        acc = job(acc);
    }
    acc
}

#[test]
fn trait_object_resume_values_are_called_in_the_body() {
    let mut g = job_runner();
    assert_eq!(g.resume(Box::new(|x| x + 1)), Yielded(2));
    assert_eq!(g.resume(Box::new(|x| x * 10)), Yielded(20));
    let offset = 7;
    assert_eq!(g.resume(Box::new(move |x| x - offset)), Complete(13));
}

// ---------------------------------------------------------------------------
// Further signatures and delegation positions.

#[generator]
fn ref_pattern(
    #[resume] ref first: String,
) -> impl Generator<String, Yield = usize, Return = String> {
    // A borrow of the first value cannot be kept across the yield (the
    // coroutine would point into itself): read what is needed before it.
    let n = first.len();
    let upper = first.to_uppercase();
    let second = yield_!(n);
    format!("{upper}{second}")
}

#[test]
fn first_value_bound_by_a_ref_pattern() {
    let mut g = ref_pattern();
    assert_eq!(g.resume("ab".to_owned()), Yielded(2));
    assert_eq!(g.resume("cd".to_owned()), Complete("ABcd".to_owned()));
}

#[generator]
fn impl_trait_argument(
    items: impl IntoIterator<Item = u32>,
    #[resume] first: u32,
) -> impl Generator<u32, Yield = u32, Return = u32> {
    let mut bias = first;
    let mut last = 0;
    for item in items {
        last = item + bias;
        bias = yield_!(last);
    }
    last
}

#[test]
fn impl_trait_argument_moves_into_the_coroutine() {
    let mut g = impl_trait_argument(vec![10, 20]);
    assert_eq!(g.resume(1), Yielded(11));
    assert_eq!(g.resume(2), Yielded(22));
    assert_eq!(g.resume(3), Complete(22));
}

trait Counter {
    fn step(&self) -> u32;

    /// A default method body that is a coroutine.
    #[generator]
    fn count(&self, #[resume] first: u32) -> impl Generator<u32, Yield = u32, Return = u32> + '_ {
        let mut n = first;
        while n < 10 {
            let extra = yield_!(n);
            n += self.step() + extra;
        }
        n
    }
}

struct ByTwo;

impl Counter for ByTwo {
    fn step(&self) -> u32 {
        2
    }
}

struct ByFive;

impl Counter for ByFive {
    fn step(&self) -> u32 {
        5
    }
}

#[test]
fn trait_default_method_coroutine_calls_the_implementors_methods() {
    let mut g = ByTwo.count();
    assert_eq!(g.resume(3), Yielded(3));
    assert_eq!(g.resume(0), Yielded(5));
    assert_eq!(g.resume(1), Yielded(8));
    assert_eq!(g.resume(0), Complete(10));

    let mut g = ByFive.count();
    assert_eq!(g.resume(0), Yielded(0));
    assert_eq!(g.resume(0), Yielded(5));
    assert_eq!(g.resume(0), Complete(10));
}

#[generator]
fn delegations_as_conditions(
    #[resume] first: u32,
) -> impl Generator<u32, Yield = String, Return = Vec<&'static str>> {
    let mut seen = Vec::new();
    let mut next = first;
    // A fresh delegate each round; the loop goes on while it returns over 5.
    while yield_from!(accumulate("w"), next) > 5 {
        seen.push("round");
        next = yield_!("again?".to_owned());
    }
    match yield_from!(accumulate("m"), 0) {
        0 => seen.push("zero"),
        _ => seen.push("other"),
    }
    seen
}

#[test]
fn yield_from_as_a_while_condition_and_a_match_scrutinee() {
    let mut g = delegations_as_conditions();
    assert_eq!(g.resume(6), Yielded("w:6".to_owned()));
    assert_eq!(g.resume(0), Yielded("again?".to_owned()));
    assert_eq!(g.resume(2), Yielded("w:2".to_owned()));
    assert_eq!(g.resume(0), Yielded("m:0".to_owned()));
    assert_eq!(g.resume(4), Yielded("m:4".to_owned()));
    assert_eq!(g.resume(0), Complete(vec!["round", "other"]));
}

#[generator]
fn delegate_borrows_an_argument<'a>(
    text: &'a str,
    #[resume] first: usize,
) -> impl Generator<usize, Yield = (usize, &'a str), Return = usize> + 'a {
    let (picked, _) = yield_from!(borrowing(text, ','), first);
    let (more, last) = yield_from!(borrowing(text, ';'), 0);
    picked.len() + more.len() + last.map_or(0, str::len)
}

#[test]
fn delegate_borrowing_the_outer_coroutines_argument() {
    let text = String::from("a,b;c");
    let mut g = delegate_borrows_an_argument(&text);
    assert_eq!(g.resume(1), Yielded((1, "b;c")));
    assert_eq!(g.resume(5), Yielded((0, "a,b")));
    assert_eq!(g.resume(1), Yielded((1, "c")));
    assert_eq!(g.resume(1), Complete(1 + 2 + 1));
}

#[generator]
fn array_resume<const N: usize>(
    #[resume] first: [u8; N],
) -> impl Generator<[u8; N], Yield = u32, Return = [u8; N]> {
    let mut acc = first;
    loop {
        let sum: u32 = acc.iter().map(|&b| u32::from(b)).sum();
        let next = yield_!(sum);
        if next == [0; N] {
            return acc;
        }
        for (a, b) in acc.iter_mut().zip(next) {
            *a = a.wrapping_add(b);
        }
    }
}

#[test]
fn const_generic_resume_type() {
    let mut g = array_resume::<3>();
    assert_eq!(g.resume([1, 2, 3]), Yielded(6));
    assert_eq!(g.resume([1, 1, 1]), Yielded(9));
    assert_eq!(g.resume([0, 0, 0]), Complete([2, 3, 4]));
}

// ---------------------------------------------------------------------------
// Panics and drops together; delegation results returned and yielded.

#[generator]
fn panics_holding_values(
    log: Log,
    #[resume] first: D,
) -> impl Generator<D, Yield = u32, Return = u32> {
    let local = D::new(&log, 100);
    let got = yield_!(first.id);
    assert!(got.id != 0, "sent zero");
    local.id + got.id + first.id
}

#[test]
fn panic_drops_the_resume_value_and_kept_locals_once() {
    let log = Log::default();
    let mut g = panics_holding_values(Rc::clone(&log));
    assert_eq!(g.resume(D::new(&log, 1)), Yielded(1));
    assert!(snapshot(&log).is_empty());
    let err = catch_unwind(AssertUnwindSafe(|| g.resume(D::new(&log, 0)))).expect_err("panics");
    assert_eq!(panic_message(&*err), "sent zero");
    let mut dropped = snapshot(&log);
    dropped.sort();
    assert_eq!(dropped, ["drop 0", "drop 1", "drop 100"]);
    // Nothing is left in the coroutine to drop a second time.
    drop(g);
    assert_eq!(snapshot(&log).len(), 3);
}

#[generator]
fn yields_and_returns_delegate_results(
    #[resume] first: u32,
) -> impl Generator<u32, Yield = String, Return = u32> {
    let echoed = yield_!(yield_from!(accumulate("y"), first).to_string());
    if echoed == 0 {
        return yield_from!(accumulate("r"), 100);
    }
    echoed
}

#[test]
fn delegate_result_yielded_and_returned() {
    let mut g = yields_and_returns_delegate_results();
    assert_eq!(g.resume(4), Yielded("y:4".to_owned()));
    assert_eq!(g.resume(0), Yielded("4".to_owned()));
    assert_eq!(g.resume(0), Yielded("r:100".to_owned()));
    assert_eq!(g.resume(5), Yielded("r:105".to_owned()));
    assert_eq!(g.resume(0), Complete(105));

    let mut g = yields_and_returns_delegate_results();
    assert_eq!(g.resume(4), Yielded("y:4".to_owned()));
    assert_eq!(g.resume(0), Yielded("4".to_owned()));
    assert_eq!(g.resume(9), Complete(9));
}

// ---------------------------------------------------------------------------
// Resume values in the closure path: drop timing and every position.

#[generator]
fn closure_path_drops(
    log: Log,
    rows: Vec<Vec<u32>>,
    #[resume] first: D,
) -> impl Generator<D, Yield = u32, Return = u32> {
    drop(first);
    let mut total = 0;
    for row in rows {
        let mut it = row.into_iter().map(move |v| v + 1);
        while let Some(v) = it.next() {
            yield_!(v);
            note(&log, format!("after {v}"));
            let kept = yield_!(v * 10);
            total += kept.id;
            note(&log, format!("kept {}", kept.id));
        }
        note(&log, "row done");
    }
    total
}

#[test]
fn statement_resume_values_drop_at_once_in_the_closure_path_too() {
    let log = Log::default();
    let mut g = closure_path_drops(Rc::clone(&log), vec![vec![1], vec![2]]);
    assert_eq!(g.resume(D::new(&log, 0)), Yielded(2));
    assert_eq!(g.resume(D::new(&log, 1)), Yielded(20));
    assert_eq!(snapshot(&log), ["drop 0", "drop 1", "after 2"]);
    assert_eq!(g.resume(D::new(&log, 2)), Yielded(3));
    assert_eq!(
        snapshot(&log),
        [
            "drop 0", "drop 1", "after 2", "kept 2", "drop 2", "row done"
        ]
    );
    assert_eq!(g.resume(D::new(&log, 3)), Yielded(30));
    assert_eq!(g.resume(D::new(&log, 4)), Complete(6));
    assert_eq!(
        snapshot(&log),
        [
            "drop 0", "drop 1", "after 2", "kept 2", "drop 2", "row done", "drop 3", "after 3",
            "kept 4", "drop 4", "row done"
        ]
    );
}

#[generator]
fn boxed_return_omitted(n: u8) -> Box<dyn Generator<Yield = u8>> {
    yield_!(n);
}

#[generator]
fn resumed_return_omitted(#[resume] first: u8) -> impl Generator<u8, Yield = u8> + Clone {
    let second = yield_!(first);
    yield_!(second);
}

#[test]
fn omitted_return_type_in_box_dyn_and_with_a_resume_type() {
    let mut g = boxed_return_omitted(7);
    assert_eq!(g.resume(()), Yielded(7));
    assert_eq!(g.resume(()), Complete(()));

    let mut g = resumed_return_omitted();
    assert_eq!(g.resume(1), Yielded(1));
    let mut h = g.clone();
    assert_eq!(g.resume(2), Yielded(2));
    assert_eq!(g.resume(3), Complete(()));
    assert_eq!(h.resume(4), Yielded(4));
    assert_eq!(h.resume(5), Complete(()));
}

fn checked(v: i64) -> Result<i64, String> {
    if v < 0 {
        Err("negative".to_owned())
    } else {
        Ok(v)
    }
}

#[generator]
fn adds_the_next(#[resume] first: i64) -> impl Generator<i64, Yield = i64, Return = i64> {
    let next = yield_!(10);
    first + next
}

#[generator]
fn delegates_a_checked_first_value(
    #[resume] r: i64,
) -> impl Generator<i64, Yield = i64, Return = Result<i64, String>> {
    let v = yield_from!(adds_the_next(), checked(r)?);
    Ok(v)
}

#[test]
fn question_mark_in_the_first_value_of_yield_from_completes() {
    let mut g = delegates_a_checked_first_value();
    assert_eq!(g.resume(1), Yielded(10));
    assert_eq!(g.resume(5), Complete(Ok(6)));
    let mut g = delegates_a_checked_first_value();
    assert_eq!(g.resume(-1), Complete(Err("negative".to_owned())));
}

#[generator]
fn scrutinee_temporaries(
    log: Log,
    #[resume] first: D,
) -> impl Generator<D, Yield = u32, Return = ()> {
    drop(first);
    #[allow(clippy::match_single_binding)]
    match yield_!(1) {
        _ => note(&log, "in match _"),
    }
    note(&log, "after match _");
    #[allow(clippy::match_single_binding)]
    match yield_!(2).id {
        n => note(&log, format!("in match field {n}")),
    }
    note(&log, "after match field");
    yield_!(3);
}

#[test]
fn a_resume_value_in_a_match_scrutinee_lives_to_the_end_of_the_match() {
    let log = Log::default();
    let mut g = scrutinee_temporaries(Rc::clone(&log));
    assert_eq!(g.resume(D::new(&log, 10)), Yielded(1));
    assert_eq!(g.resume(D::new(&log, 20)), Yielded(2));
    assert_eq!(g.resume(D::new(&log, 30)), Yielded(3));
    // As plain Rust drops a scrutinee's temporary: at the end of the `match`.
    assert_eq!(
        snapshot(&log),
        [
            "drop 10",
            "in match _",
            "drop 20",
            "after match _",
            "in match field 30",
            "drop 30",
            "after match field"
        ]
    );
}

#[generator]
fn opaque_types() -> impl Generator<Yield = impl std::fmt::Display, Return = impl std::fmt::Debug> {
    yield_!(1u8);
    yield_!(2u8);
    "done"
}

#[test]
fn yield_and_return_types_may_be_impl_trait() {
    let mut g = opaque_types();
    let mut shown = Vec::new();
    let done = loop {
        match g.resume(()) {
            Yielded(y) => shown.push(y.to_string()),
            Complete(r) => break format!("{r:?}"),
        }
    };
    assert_eq!(shown, ["1", "2"]);
    assert_eq!(done, "\"done\"");
}

#[generator]
fn doubles_once(#[resume] first: u32) -> impl Generator<u32, Yield = u32, Return = u32> {
    let next = yield_!(first * 2);
    next
}

#[generator]
fn delegate_then_first(
    log: Log,
    #[resume] _: u32,
) -> impl Generator<u32, Yield = u32, Return = u32> {
    yield_from!(
        {
            note(&log, "delegate");
            doubles_once()
        },
        {
            note(&log, "first value");
            yield_!(0)
        }
    )
}

#[test]
fn yield_from_evaluates_the_delegate_before_a_first_value_that_suspends() {
    let log = Log::default();
    let mut g = delegate_then_first(Rc::clone(&log));
    assert_eq!(g.resume(0), Yielded(0));
    assert_eq!(snapshot(&log), ["delegate", "first value"]);
    assert_eq!(g.resume(4), Yielded(8));
    assert_eq!(g.resume(7), Complete(7));
}

#[generator]
fn assigns_in_a_lazy_operand(
    #[resume] mut r: i64,
) -> impl Generator<i64, Yield = i64, Return = i64> {
    let mut c = 0;
    while c < 3 && {
        r = yield_!(r);
        r % 2 == 0
    } {
        c += 1;
    }
    r + c
}

#[test]
fn a_resume_value_assigned_in_the_right_operand_of_and() {
    let mut g = assigns_in_a_lazy_operand();
    assert_eq!(g.resume(1), Yielded(1));
    assert_eq!(g.resume(2), Yielded(2));
    assert_eq!(g.resume(4), Yielded(4));
    assert_eq!(g.resume(7), Complete(9));
}
