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
