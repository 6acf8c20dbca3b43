//! Rule 7, the `?` operator: with `Item = Result<_, E>`, `expr?` on an `Err(e)`
//! yields `Err(E::from(e))` once and finishes; `?` on a `None` finishes.
use std::cell::Cell;
use std::num::ParseIntError;

use gen_core::generator;

#[derive(Debug, PartialEq)]
enum MyError {
    Parse(String),
    Negative(i64),
}

impl From<ParseIntError> for MyError {
    fn from(e: ParseIntError) -> Self {
        MyError::Parse(e.to_string())
    }
}

fn parse_error(s: &str) -> MyError {
    MyError::from(s.parse::<u32>().unwrap_err())
}

#[generator]
fn parse_all<'a>(
    items: Vec<&'static str>,
    after: &'a Cell<u32>,
) -> impl Iterator<Item = Result<u32, MyError>> + 'a {
    for s in items {
        let n: u32 = s.parse()?;
        yield_!(Ok(n));
        after.set(after.get() + 1);
    }
    yield_!(Ok(1000));
}

#[test]
fn rule_7_err_converted_with_from_is_yielded_once_then_none() {
    let after = Cell::new(0);
    let mut g = parse_all(vec!["1", "x", "3"], &after);
    assert_eq!(g.next(), Some(Ok(1)));
    assert_eq!(g.next(), Some(Err(parse_error("x"))));
    assert_eq!(g.next(), None);
    assert_eq!(g.next(), None);
    // Nothing after the failing `?` ran: only the first iteration completed.
    assert_eq!(after.get(), 1);
}

#[test]
fn rule_7_no_error_runs_to_the_end() {
    let after = Cell::new(0);
    assert_eq!(
        parse_all(vec!["1", "2"], &after).collect::<Vec<_>>(),
        [Ok(1), Ok(2), Ok(1000)]
    );
    assert_eq!(after.get(), 2);
}

fn check_positive(n: i64) -> Result<i64, MyError> {
    if n < 0 {
        Err(MyError::Negative(n))
    } else {
        Ok(n)
    }
}

#[generator]
fn same_error_type(values: Vec<i64>) -> impl Iterator<Item = Result<i64, MyError>> {
    for v in values {
        yield_!(Ok(check_positive(v)? * 2));
    }
}

#[test]
fn rule_7_err_of_the_same_type_and_question_mark_inside_an_expression() {
    assert_eq!(
        same_error_type(vec![1, 2, -3, 4]).collect::<Vec<_>>(),
        [Ok(2), Ok(4), Err(MyError::Negative(-3))]
    );
}

#[generator]
fn first_err_already(value: &'static str) -> impl Iterator<Item = Result<u8, ParseIntError>> {
    let n = value.parse::<u8>()?;
    yield_!(Ok(n));
}

#[test]
fn rule_7_err_before_any_yield() {
    let mut g = first_err_already("300");
    assert!(matches!(g.next(), Some(Err(_))));
    assert_eq!(g.next(), None);
    assert_eq!(first_err_already("7").collect::<Vec<_>>(), [Ok(7)]);
}

#[generator]
fn sum_pairs(pairs: Vec<(Option<u32>, Option<u32>)>) -> impl Iterator<Item = u32> {
    for (a, b) in pairs {
        yield_!(a? + b?);
    }
    yield_!(0);
}

#[test]
fn rule_7_question_mark_on_none_finishes() {
    let mut g = sum_pairs(vec![
        (Some(1), Some(2)),
        (Some(3), None),
        (Some(5), Some(6)),
    ]);
    assert_eq!(g.next(), Some(3));
    assert_eq!(g.next(), None);
    assert_eq!(g.next(), None);
    assert_eq!(
        sum_pairs(vec![(Some(1), Some(1))]).collect::<Vec<_>>(),
        [2, 0]
    );
}

#[generator]
fn option_in_result_generator(
    values: Vec<Option<u32>>,
) -> impl Iterator<Item = Result<u32, MyError>> {
    for v in values {
        let n = v?;
        yield_!(Ok(n));
    }
}

#[test]
fn rule_7_question_mark_on_none_in_a_result_generator_finishes_without_an_item() {
    assert_eq!(
        option_in_result_generator(vec![Some(1), None, Some(3)]).collect::<Vec<_>>(),
        [Ok(1)]
    );
}

#[generator]
fn question_mark_after_yields(input: &'static str) -> impl Iterator<Item = Result<u32, MyError>> {
    let mut total = 0;
    for part in input.split(',') {
        yield_!(Ok(total));
        total += part.trim().parse::<u32>()?;
    }
    yield_!(Ok(total));
}

#[test]
fn rule_7_question_mark_after_a_resume() {
    assert_eq!(
        question_mark_after_yields("1, 2, 3").collect::<Vec<_>>(),
        [Ok(0), Ok(1), Ok(3), Ok(6)]
    );
    assert_eq!(
        question_mark_after_yields("1, z, 3").collect::<Vec<_>>(),
        [Ok(0), Ok(1), Err(parse_error("z"))]
    );
}

fn digits(s: &str) -> Result<Vec<u32>, MyError> {
    s.chars()
        .map(|c| c.to_digit(10).ok_or_else(|| MyError::Parse(c.to_string())))
        .collect()
}

#[generator]
fn question_mark_in_yield_from(
    parts: Vec<&'static str>,
) -> impl Iterator<Item = Result<u32, MyError>> {
    for part in parts {
        yield_from!(digits(part)?.into_iter().map(Ok));
    }
}

#[test]
fn rule_7_question_mark_inside_a_yield_from_argument() {
    assert_eq!(
        question_mark_in_yield_from(vec!["12", "3x", "4"]).collect::<Vec<_>>(),
        [Ok(1), Ok(2), Err(MyError::Parse("x".to_owned()))]
    );
}

#[generator]
#[allow(
    clippy::option_option,
    reason = "two levels: one for `?`, one for `let … else`"
)]
fn let_else_of_a_question_mark(n: Option<Option<u8>>) -> impl Iterator<Item = u8> {
    let Some(x) = n? else {
        yield_!(1);
        return;
    };
    yield_!(x);
}

/// Rule 7: `?` in the initializer of a `let … else` whose `else` yields.
#[test]
fn rule_7_question_mark_in_a_let_else_initializer() {
    let run = |n| let_else_of_a_question_mark(n).collect::<Vec<_>>();
    assert_eq!(run(Some(Some(5))), [5]);
    assert_eq!(run(Some(None)), [1]);
    assert_eq!(run(None), Vec::<u8>::new());
}
