//! Differential tester of `#[gen_core::generator]`.
//!
//! Draws random, terminating generator bodies from a seed ([`program`]),
//! prints each twice ([`emit`]): as a `#[generator]` function and as an eager
//! oracle that pushes its items to a `Vec`, builds a batch of them into one
//! crate and compares the two forms at run time ([`runner`]): the full item
//! sequence, and for many `k` the first `k` items followed by dropping the
//! generator, with the drop log of values of a `Drop` type.
//!
//! Three modes ([`program::Mode`]): iterators; coroutines
//! (`impl Generator<i64, Yield = i64, Return = T>`), where yields evaluate to
//! resume values that a fixed pseudo-random sequence feeds to both forms,
//! and the return values are compared too; and `gen!` blocks with native
//! `yield`, capturing locals of the function around them.
//!
//! Run it with `cargo run -p gen-difftest --release -- --programs 5000 --seed S
//! [--mode coroutine|block]`.

pub mod emit;
pub mod minimize;
pub mod program;
pub mod rng;
pub mod runner;

use std::fmt::Write as _;
use std::fs;
use std::io;
use std::path::Path;

use emit::Emitted;
use runner::Case;

/// The marker lines of a regression file.
const GEN_MARK: &str = "// ==== generator ====";
const ORACLE_MARK: &str = "// ==== oracle ====";

/// The case of program `seed`.
#[must_use]
pub fn case_of_seed(seed: u64, features: program::Features) -> Case {
    Case {
        origin: format!("seed {seed}"),
        src: emit::emit(&program::generate_with(seed, features)),
    }
}

/// The line of a regression file that names its mode (none for iterators).
const MODE_MARK: &str = "// ==== mode: ";

/// A regression file's text for `src`.
#[must_use]
pub fn regression_text(note: &str, src: &Emitted) -> String {
    let mut commented = String::new();
    for l in note.lines() {
        commented.push_str("// ");
        commented.push_str(l);
        commented.push('\n');
    }
    if src.mode != program::Mode::Iterator {
        let _ = writeln!(commented, "{MODE_MARK}{} ====", src.mode.name());
    }
    let note = commented;
    format!(
        "{note}{GEN_MARK}\n{}\n{ORACLE_MARK}\n{}",
        src.gen_src, src.oracle_src
    )
}

/// Parses a regression file written by [`regression_text`].
#[must_use]
pub fn parse_regression(text: &str) -> Option<Emitted> {
    let (head, rest) = text.split_once(GEN_MARK)?;
    let (gen_src, oracle_src) = rest.split_once(ORACLE_MARK)?;
    let mode = match head.lines().find_map(|l| l.strip_prefix(MODE_MARK)) {
        Some(m) => program::Mode::from_name(m.trim_end_matches(" ====").trim())?,
        None => program::Mode::Iterator,
    };
    Some(Emitted {
        gen_src: gen_src.trim_start().to_owned(),
        oracle_src: oracle_src.trim_start().to_owned(),
        mode,
    })
}

/// The cases kept in `dir` (`*.rs` regression files), sorted by name.
///
/// # Errors
/// When the directory cannot be read or a file is malformed.
pub fn load_regressions(dir: &Path) -> io::Result<Vec<Case>> {
    let mut out = Vec::new();
    if !dir.exists() {
        return Ok(out);
    }
    let mut paths: Vec<_> = fs::read_dir(dir)?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "rs"))
        .collect();
    paths.sort();
    for p in paths {
        let text = fs::read_to_string(&p)?;
        let src = parse_regression(&text)
            .ok_or_else(|| io::Error::other(format!("{}: not a regression file", p.display())))?;
        out.push(Case {
            origin: format!("regression {}", p.display()),
            src,
        });
    }
    Ok(out)
}

/// Formats Rust source with rustfmt when it is available (for reports).
#[must_use]
pub fn pretty(src: &str) -> String {
    use std::io::Write as _;
    use std::process::{Command, Stdio};
    let child = Command::new("rustfmt")
        .args(["--edition", "2024", "--emit", "stdout", "--quiet"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn();
    let Ok(mut child) = child else {
        return src.to_owned();
    };
    if let Some(mut stdin) = child.stdin.take() {
        let _ = stdin.write_all(src.as_bytes());
    }
    match child.wait_with_output() {
        Ok(out) if out.status.success() && !out.stdout.is_empty() => {
            String::from_utf8_lossy(&out.stdout).into_owned()
        }
        _ => src.to_owned(),
    }
}
