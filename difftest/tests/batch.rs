//! The differential tester in `cargo test`: a small fixed batch of random
//! programs, and every kept regression program, against their oracles.
//! (`cargo run -p gen-difftest --release -- --programs 5000 --seed S` runs
//! thousands.)

use std::fmt::Write as _;
use std::path::Path;

use gen_difftest::program::Features;
use gen_difftest::runner::{Case, Outcome, Workspace, run_cases};
use gen_difftest::{case_of_seed, load_regressions, rng};

/// The seed of the batch `cargo test` runs.
const SEED: u64 = 20_261_124;

fn workspace(name: &str, oracle_only: bool) -> Workspace {
    let mut ws = Workspace::default_layout();
    ws.work = ws.work.join(name);
    ws.oracle_only = oracle_only;
    ws
}

fn report(cases: &[Case], outcomes: &[Outcome]) -> String {
    let mut s = String::new();
    for (c, o) in cases.iter().zip(outcomes) {
        match o {
            Outcome::Pass(_) | Outcome::Rejected(_) => {}
            other => {
                let _ = writeln!(s, "\n=== {}: {other:?}\n{}", c.origin, c.src.gen_src);
            }
        }
    }
    s
}

fn random_cases(n: u64) -> Vec<Case> {
    (0..n)
        .map(|i| case_of_seed(rng::program_seed(SEED, i), Features::default()))
        .collect()
}

#[test]
fn random_programs_are_valid_rust_and_terminate() {
    // The tester's own check: the oracle form of every program compiles,
    // ends, and drops every value exactly once (no macro involved).
    let cases = random_cases(200);
    let outcomes = run_cases(&workspace("test-oracle", true), &cases).expect("batch runs");
    let bad = report(&cases, &outcomes);
    assert!(bad.is_empty(), "invalid programs:{bad}");
}

#[test]
fn random_programs_match_their_oracle() {
    let cases = random_cases(50);
    let outcomes = run_cases(&workspace("test-random", false), &cases).expect("batch runs");
    let bad = report(&cases, &outcomes);
    let n = outcomes
        .iter()
        .filter(|o| o.is_mismatch() || matches!(o, Outcome::InvalidProgram(_)))
        .count();
    assert!(
        bad.is_empty(),
        "{n} of {} programs differ:{bad}",
        cases.len()
    );
}

#[test]
fn regression_programs_match_their_oracle() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("regressions");
    let cases = load_regressions(&dir).expect("regressions load");
    assert!(!cases.is_empty());
    let outcomes = run_cases(&workspace("test-regressions", false), &cases).expect("batch runs");
    let bad = report(&cases, &outcomes);
    let n = outcomes
        .iter()
        .filter(|o| o.is_mismatch() || matches!(o, Outcome::InvalidProgram(_)))
        .count();
    assert!(
        bad.is_empty(),
        "{n} of {} regressions differ:{bad}",
        cases.len()
    );
}

#[test]
fn programs_are_reproducible_from_their_seed() {
    let a = case_of_seed(42, Features::default());
    let b = case_of_seed(42, Features::default());
    assert_eq!(a.src.gen_src, b.src.gen_src);
    assert_eq!(a.src.oracle_src, b.src.oracle_src);
    assert_ne!(
        a.src.gen_src,
        case_of_seed(43, Features::default()).src.gen_src
    );
}

/// A case whose two forms differ on purpose, to show the checks see it.
fn planted(name: &str, gen_body: &str, oracle_body: &str) -> Case {
    let gen_src = format!(
        "use crate::rt::*;\n\npub fn start(log: Log) -> impl Iterator<Item = i64> {{\n    run(log)\n}}\n\n\
         #[::gen_core::generator]\npub fn run(log: Log) -> impl Iterator<Item = i64> {{\n{gen_body}\n}}\n"
    );
    let oracle_src = format!(
        "use crate::rt::*;\n\npub fn start(log: Log, out: &mut Vec<i64>) {{\n{oracle_body}\n}}\n"
    );
    Case {
        origin: name.into(),
        src: gen_difftest::emit::Emitted {
            gen_src,
            oracle_src,
        },
    }
}

#[test]
fn the_checks_see_planted_differences() {
    let same = "let p = D::new(&log, true);";
    let cases = vec![
        // Control: the same program in both forms passes.
        planted(
            "control",
            &format!("{same} yield_!(1); yield_!(2); p.touch();"),
            &format!("{same} emit(out, &log, 1); emit(out, &log, 2); p.touch();"),
        ),
        // An extra item.
        planted(
            "extra item",
            "yield_!(1); yield_!(2);",
            "emit(out, &log, 1);",
        ),
        // A pinned value dropped before the yield rather than at the end.
        planted(
            "early drop of a pinned value",
            &format!("{same} drop(p); yield_!(1);"),
            &format!("{same} emit(out, &log, 1); drop(p);"),
        ),
        // A value leaked.
        planted(
            "leak",
            &format!("{same} yield_!(1); std::mem::forget(p);"),
            &format!("{same} emit(out, &log, 1); p.touch();"),
        ),
        // Two pinned values dropped in the wrong order.
        planted(
            "drop order",
            "let a = D::new(&log, true); let b = D::new(&log, true); yield_!(1); drop(a); drop(b);",
            "let a = D::new(&log, true); let b = D::new(&log, true); emit(out, &log, 1); drop(b); drop(a);",
        ),
        // A free value dropped later than Rust drops it.
        planted(
            "late drop of a free value",
            "let f = D::new(&log, false); { let g = f; yield_!(1); yield_!(2); drop(g); }",
            "let f = D::new(&log, false); drop(f); emit(out, &log, 1); emit(out, &log, 2);",
        ),
        // Work before the first next().
        planted("not lazy", "yield_!(1);", "emit(out, &log, 1);"),
    ];
    // The last case: make the generator form eager by wrapping it.
    let mut cases = cases;
    let last = cases.len() - 1;
    cases[last].src.gen_src = "use crate::rt::*;\n\npub fn start(log: Log) -> impl Iterator<Item = i64> {\n    let _ = D::new(&log, true);\n    run(log)\n}\n\n#[::gen_core::generator]\npub fn run(log: Log) -> impl Iterator<Item = i64> {\n    yield_!(1);\n}\n".into();
    let outcomes = run_cases(&workspace("test-planted", false), &cases).expect("batch runs");
    assert!(
        matches!(outcomes[0], Outcome::Pass(2)),
        "control: {:?}",
        outcomes[0]
    );
    for (c, o) in cases.iter().zip(&outcomes).skip(1) {
        assert!(
            matches!(o, Outcome::Mismatch(_)),
            "{}: not detected: {o:?}",
            c.origin
        );
    }
}
