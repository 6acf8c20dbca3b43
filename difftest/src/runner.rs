//! Writes a batch of programs into one temporary crate, builds it once with
//! cargo, runs it, and reads back one outcome per program.

use std::fmt::Write as _;
use std::fs;
use std::io::{self, BufRead as _, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use crate::emit::Emitted;
use crate::program::Mode;

/// The runtime copied into every batch crate.
const RT: &str = include_str!("../harness/rt.rs");

/// How long one program may run before it is declared hung.
const PROGRAM_TIMEOUT: Duration = Duration::from_secs(20);

/// One program to test.
#[derive(Clone, Debug)]
pub struct Case {
    /// Where it comes from: `seed 1234` or a regression file's name.
    pub origin: String,
    /// Its two forms.
    pub src: Emitted,
}

/// What happened to one program.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Same items and drops; the number of items.
    Pass(usize),
    /// A runtime difference (or a panic, a hang, a crash of the generator).
    Mismatch(String),
    /// The `#[generator]` form did not compile, though the oracle did.
    GenCompileError(String),
    /// The oracle form did not compile: a bug of the tester, not the macro.
    InvalidProgram(String),
    /// The macro rejected the program with one of its documented errors for
    /// what it does not support (see [`LIMITS`]): not a mismatch.
    Rejected(String),
}

/// Parts of the macro's own error messages for the documented limits of
/// what a generator body may contain. A program rejected with one of these
/// is counted apart, not as a mismatch.
pub const LIMITS: &[&str] = &[
    "hides a local of the same name",
    "cannot be used inside a match guard",
    "later operand of a condition chain is not supported",
];

impl Outcome {
    /// Whether this outcome counts against the macro.
    #[must_use]
    pub fn is_mismatch(&self) -> bool {
        matches!(self, Outcome::Mismatch(_) | Outcome::GenCompileError(_))
    }
}

/// Where the batch crate lives and what it builds against.
#[derive(Clone, Debug)]
pub struct Workspace {
    /// The gen workspace root (holds `gen-core/` and `Cargo.lock`).
    pub root: PathBuf,
    /// The directory of the generated crate and its target dir.
    pub work: PathBuf,
    /// Compile the oracle only (to validate the tester itself).
    pub oracle_only: bool,
    /// Print cargo's progress.
    pub verbose: bool,
    /// The `gen-core` to build against (default: `<root>/gen-core`, the work
    /// tree as it is), for example a [`snapshot`] of a commit.
    pub core: Option<PathBuf>,
}

impl Workspace {
    /// The default layout: the workspace this crate sits in, and
    /// `$CARGO_TARGET_DIR/difftest` (or `<root>/target/difftest`).
    #[must_use]
    pub fn default_layout() -> Self {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"))
            .parent()
            .map_or_else(|| PathBuf::from("."), Path::to_path_buf);
        let target =
            std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| root.join("target"), PathBuf::from);
        Workspace {
            root,
            work: target.join("difftest"),
            oracle_only: false,
            verbose: false,
            core: None,
        }
    }
}

fn cargo() -> String {
    std::env::var("CARGO").unwrap_or_else(|_| "cargo".into())
}

/// Builds and runs `cases`, returning one outcome per case (same order).
///
/// # Errors
/// When the crate cannot be written, cargo cannot be started, or the build
/// fails for a reason no single program explains (gen-core itself broken).
pub fn run_cases(ws: &Workspace, cases: &[Case]) -> io::Result<Vec<Outcome>> {
    let dir = ws.work.join("batch");
    let src = dir.join("src");
    if src.exists() {
        fs::remove_dir_all(&src)?;
    }
    fs::create_dir_all(&src)?;
    write_manifest(ws, &dir)?;
    fs::write(src.join("rt.rs"), RT)?;
    for (i, c) in cases.iter().enumerate() {
        let d = src.join(format!("p{i}"));
        fs::create_dir_all(&d)?;
        if !ws.oracle_only {
            fs::write(d.join("gen.rs"), &c.src.gen_src)?;
        }
        fs::write(d.join("oracle.rs"), &c.src.oracle_src)?;
    }
    let mut outcomes: Vec<Option<Outcome>> = vec![None; cases.len()];
    // Build, dropping the programs that do not compile, until the rest does.
    for _attempt in 0..6 {
        let live: Vec<usize> = (0..cases.len())
            .filter(|i| outcomes[*i].is_none())
            .collect();
        write_main(ws, &src, &live, cases)?;
        let out = Command::new(cargo())
            .args(["build", "--quiet", "--message-format=short"])
            .current_dir(&dir)
            .env("CARGO_TARGET_DIR", ws.work.join("target"))
            .stdin(Stdio::null())
            .output()?;
        if out.status.success() {
            break;
        }
        let stderr = String::from_utf8_lossy(&out.stderr);
        let mut blamed = false;
        // The oracle's errors first: a program whose oracle does not compile
        // is invalid, whatever its generator form does.
        for want_oracle in [true, false] {
            for line in stderr.lines() {
                let Some((i, oracle)) = blame(line) else {
                    continue;
                };
                if oracle != want_oracle || i >= cases.len() {
                    continue;
                }
                match &mut outcomes[i] {
                    None => {
                        blamed = true;
                        outcomes[i] = Some(if oracle {
                            Outcome::InvalidProgram(line.to_owned())
                        } else if LIMITS.iter().any(|l| line.contains(l)) {
                            Outcome::Rejected(line.to_owned())
                        } else {
                            Outcome::GenCompileError(line.to_owned())
                        });
                    }
                    Some(
                        Outcome::GenCompileError(m)
                        | Outcome::InvalidProgram(m)
                        | Outcome::Rejected(m),
                    ) => {
                        if m.lines().count() < 6 {
                            m.push('\n');
                            m.push_str(line);
                        }
                    }
                    Some(_) => {}
                }
            }
        }
        if !blamed {
            return Err(io::Error::other(format!(
                "the batch crate in {} does not build, and no program is to blame:\n{stderr}",
                dir.display()
            )));
        }
    }
    let live: Vec<usize> = (0..cases.len())
        .filter(|i| outcomes[*i].is_none())
        .collect();
    let exe = ws.work.join("target/debug/difftest-batch");
    let mut from = 0;
    while from < live.len() {
        let results = run_binary(&exe, live[from])?;
        let mut last = None;
        for (i, o) in results.lines {
            if i < outcomes.len() {
                outcomes[i] = Some(o);
                last = Some(i);
            }
        }
        // A hang or a crash: blame the program after the last reported one.
        let next = match last {
            Some(l) => live
                .iter()
                .position(|x| *x == l)
                .map_or(live.len(), |p| p + 1),
            None => from,
        };
        if next < live.len() && outcomes[live[next]].is_none() {
            outcomes[live[next]] = Some(Outcome::Mismatch(results.stop_reason.clone()));
            from = next + 1;
        } else {
            from = next.max(from + 1);
        }
    }
    Ok(outcomes
        .into_iter()
        .map(|o| o.unwrap_or_else(|| Outcome::Mismatch("no result reported".into())))
        .collect())
}

/// `src/p12/gen.rs:3:5: error…` → (12, false).
fn blame(line: &str) -> Option<(usize, bool)> {
    if !line.contains("error") {
        return None;
    }
    let path = line.split(':').next()?;
    let rest = path.strip_prefix("src/p")?;
    let (num, file) = rest.split_once('/')?;
    let i = num.parse().ok()?;
    Some((i, file.starts_with("oracle")))
}

fn write_manifest(ws: &Workspace, dir: &Path) -> io::Result<()> {
    let core = ws.core.clone().unwrap_or_else(|| ws.root.join("gen-core"));
    let manifest = format!(
        "[package]\nname = \"difftest-batch\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n\
         [dependencies]\ngen-core = {{ path = {:?} }}\n\n\
         [profile.dev]\noverflow-checks = false\ndebug = false\n\n[workspace]\n",
        core.display().to_string()
    );
    let path = dir.join("Cargo.toml");
    if fs::read_to_string(&path).ok().as_deref() != Some(manifest.as_str()) {
        fs::write(&path, manifest)?;
    }
    let lock = ws.root.join("Cargo.lock");
    if lock.exists() && !dir.join("Cargo.lock").exists() {
        fs::copy(lock, dir.join("Cargo.lock"))?;
    }
    Ok(())
}

fn write_main(ws: &Workspace, src: &Path, live: &[usize], cases: &[Case]) -> io::Result<()> {
    let mut s = String::from(
        "#![allow(warnings, clippy::all)]\n//! A generated difftest batch.\nmod rt;\n\n",
    );
    for i in live {
        if !ws.oracle_only {
            let _ = writeln!(s, "#[path = \"p{i}/gen.rs\"]\nmod g{i};");
        }
        let _ = writeln!(s, "#[path = \"p{i}/oracle.rs\"]\nmod o{i};");
    }
    s.push_str(
        "\nfn main() {\n    std::panic::set_hook(Box::new(|_| {}));\n    \
         let from: usize = std::env::args().nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);\n    \
         let checks: Vec<(usize, fn() -> Result<usize, String>)> = vec![\n",
    );
    for &i in live {
        let co = cases[i].src.mode == Mode::Coroutine;
        let check = match (ws.oracle_only, co) {
            (true, false) => format!("rt::check_oracle(o{i}::start)"),
            (false, false) => format!("rt::check(g{i}::start, o{i}::start)"),
            (true, true) => format!("rt::check_co_oracle(o{i}::start, o{i}::RSEED)"),
            (false, true) => format!("rt::check_co(g{i}::start, o{i}::start, o{i}::RSEED)"),
        };
        let _ = writeln!(s, "        ({i}, || {check}),");
    }
    s.push_str(
        "    ];\n    for (i, f) in checks {\n        if i >= from {\n            rt::run_one(i, f);\n        }\n    }\n}\n",
    );
    fs::write(src.join("main.rs"), s)
}

struct RunResults {
    lines: Vec<(usize, Outcome)>,
    stop_reason: String,
}

fn run_binary(exe: &Path, from: usize) -> io::Result<RunResults> {
    let mut child = Command::new(exe)
        .arg(from.to_string())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()?;
    let stdout = child
        .stdout
        .take()
        .ok_or_else(|| io::Error::other("no stdout"))?;
    let (tx, rx) = mpsc::channel();
    let reader = std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            let Ok(line) = line else { break };
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    let mut lines = Vec::new();
    let mut stop_reason = String::new();
    loop {
        match rx.recv_timeout(PROGRAM_TIMEOUT) {
            Ok(line) => {
                if let Some(r) = parse_result(&line) {
                    lines.push(r);
                }
            }
            Err(mpsc::RecvTimeoutError::Disconnected) => {
                let status = child.wait()?;
                if !status.success() {
                    stop_reason =
                        format!("the test binary crashed ({status}): stack overflow or abort");
                }
                break;
            }
            Err(mpsc::RecvTimeoutError::Timeout) => {
                let _ = child.kill();
                let _ = child.wait();
                stop_reason = format!("hung: no result within {PROGRAM_TIMEOUT:?}");
                break;
            }
        }
    }
    let _ = reader.join();
    Ok(RunResults { lines, stop_reason })
}

fn parse_result(line: &str) -> Option<(usize, Outcome)> {
    let rest = line.strip_prefix("RESULT ")?;
    let (idx, rest) = rest.split_once(' ')?;
    let idx = idx.parse().ok()?;
    if let Some(n) = rest.strip_prefix("OK ") {
        return Some((idx, Outcome::Pass(n.parse().unwrap_or(0))));
    }
    let msg = rest
        .strip_prefix("FAIL ")
        .unwrap_or(rest)
        .replace("\\n", "\n");
    if msg.contains("tester bug") {
        return Some((idx, Outcome::InvalidProgram(msg)));
    }
    Some((idx, Outcome::Mismatch(msg)))
}

/// Extracts `gen-core/` and `gen-macro/` as of commit `rev` into the work
/// directory (their manifests made standalone) and returns the `gen-core`
/// path, so a run tests a known commit while the work tree changes.
///
/// # Errors
/// When git cannot extract the commit or the files cannot be written.
pub fn snapshot(ws: &Workspace, rev: &str) -> io::Result<(PathBuf, String)> {
    let sha = Command::new("git")
        .args(["rev-parse", "--short=12", &format!("{rev}^{{commit}}")])
        .current_dir(&ws.root)
        .output()?;
    if !sha.status.success() {
        return Err(io::Error::other(format!("git rev-parse {rev} failed")));
    }
    let sha = String::from_utf8_lossy(&sha.stdout).trim().to_owned();
    let dir = ws.work.join(format!("snapshot-{sha}"));
    let core = dir.join("gen-core");
    if !core.join("Cargo.toml").exists() {
        fs::create_dir_all(&dir)?;
        let archive = Command::new("git")
            .args([
                "archive",
                "--format=tar",
                &sha,
                "gen-core",
                "gen-macro",
                "Cargo.toml",
            ])
            .current_dir(&ws.root)
            .output()?;
        if !archive.status.success() {
            return Err(io::Error::other("git archive failed"));
        }
        let mut tar = Command::new("tar")
            .args(["-x", "-m", "-C"])
            .arg(&dir)
            .stdin(Stdio::piped())
            .spawn()?;
        if let Some(mut stdin) = tar.stdin.take() {
            use std::io::Write as _;
            stdin.write_all(&archive.stdout)?;
        }
        if !tar.wait()?.success() {
            return Err(io::Error::other("tar failed"));
        }
        // The workspace's root manifest would pull in every member: keep only
        // what the two crates inherit from it.
        let root = fs::read_to_string(dir.join("Cargo.toml"))?;
        let mut standalone = String::from(
            "[workspace]\nmembers = [\"gen-core\", \"gen-macro\"]\nresolver = \"3\"\n\n",
        );
        let mut keep = false;
        for line in root.lines() {
            if line.starts_with('[') {
                keep = line.starts_with("[workspace.");
            }
            if keep {
                standalone.push_str(line);
                standalone.push('\n');
            }
        }
        fs::write(dir.join("Cargo.toml"), standalone)?;
        if let Ok(lock) = fs::read(ws.root.join("Cargo.lock")) {
            fs::write(dir.join("Cargo.lock"), lock)?;
        }
    }
    Ok((core, sha))
}
