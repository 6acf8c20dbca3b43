//! `gen-difftest`: runs random generator programs against their eager oracle.
//!
//! ```text
//! cargo run -p gen-difftest --release -- --programs 5000 --seed 7
//! cargo run -p gen-difftest --release -- --show 1234          # print one program
//! cargo run -p gen-difftest --release -- --minimize 1234 --save difftest/regressions/x.rs
//! ```

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use gen_difftest::runner::{Case, Outcome, Workspace, run_cases};
use gen_difftest::{
    case_of_seed, load_regressions, minimize, pretty, program, regression_text, rng,
};

struct Args {
    programs: u64,
    seed: u64,
    batch: usize,
    regressions: bool,
    show: Option<u64>,
    minimize: Option<u64>,
    save: Option<PathBuf>,
    oracle_only: bool,
    quiet: bool,
    dir: Option<PathBuf>,
    features: program::Features,
    rev: Option<String>,
    work: Option<PathBuf>,
}

const USAGE: &str = "usage: gen-difftest [--programs N] [--seed S] [--batch B] [--no-regressions]
                    [--regressions-dir DIR] [--show SEED] [--minimize SEED [--save FILE]]
                    [--oracle-only] [--no-shadowing] [--no-unreachable] [--rev COMMIT] [--quiet]
                    [--mode iterator|coroutine|block] [--no-try-in-delegation]
                    [--no-nested-delegation] [--no-native-in-markers]
  --mode M       the programs' form: #[generator] iterators (default), #[generator]
                 coroutines fed resume values, or gen! blocks
  --rev COMMIT   test gen-core/gen-macro as committed at COMMIT (default: the work tree)
  --work DIR     the batch crate's directory (default: $CARGO_TARGET_DIR/difftest);
                 give each concurrent run its own";

fn parse_args() -> Result<Args, String> {
    let mut a = Args {
        programs: 200,
        seed: SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(1, |d| d.as_secs()),
        batch: 250,
        regressions: true,
        show: None,
        minimize: None,
        save: None,
        oracle_only: false,
        quiet: false,
        dir: None,
        features: program::Features::default(),
        rev: None,
        work: None,
    };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let mut value = |name: &str| it.next().ok_or_else(|| format!("{name} needs a value"));
        match flag.as_str() {
            "--programs" => {
                a.programs = value("--programs")?.parse().map_err(|e| format!("{e}"))?;
            }
            "--seed" => a.seed = value("--seed")?.parse().map_err(|e| format!("{e}"))?,
            "--batch" => a.batch = value("--batch")?.parse().map_err(|e| format!("{e}"))?,
            "--show" => a.show = Some(value("--show")?.parse().map_err(|e| format!("{e}"))?),
            "--minimize" => {
                a.minimize = Some(value("--minimize")?.parse().map_err(|e| format!("{e}"))?);
            }
            "--save" => a.save = Some(PathBuf::from(value("--save")?)),
            "--no-regressions" => a.regressions = false,
            "--regressions-dir" => a.dir = Some(PathBuf::from(value("--regressions-dir")?)),
            "--oracle-only" => a.oracle_only = true,
            "--no-shadowing" => a.features.shadowing = false,
            "--no-unreachable" => a.features.unreachable_yields = false,
            "--no-try-in-delegation" => a.features.try_in_delegation = false,
            "--no-nested-delegation" => a.features.nested_delegation = false,
            "--no-native-in-markers" => a.features.native_in_markers = false,
            "--mode" => {
                let m = value("--mode")?;
                a.features.mode = program::Mode::from_name(&m)
                    .ok_or_else(|| format!("unknown mode {m}: iterator, coroutine or block"))?;
            }
            "--quiet" => a.quiet = true,
            "--rev" => a.rev = Some(value("--rev")?),
            "--work" => a.work = Some(PathBuf::from(value("--work")?)),
            "-h" | "--help" => return Err(USAGE.into()),
            other => return Err(format!("unknown argument {other}\n{USAGE}")),
        }
    }
    Ok(a)
}

fn describe(o: &Outcome) -> String {
    match o {
        Outcome::Pass(n) => format!("pass ({n} items)"),
        Outcome::Mismatch(m) => format!("MISMATCH: {m}"),
        Outcome::GenCompileError(m) => {
            format!("MISMATCH: the #[generator] form does not compile:\n{m}")
        }
        Outcome::InvalidProgram(m) => format!("INVALID PROGRAM (tester bug): {m}"),
        Outcome::Rejected(m) => format!("rejected by a documented limit of the macro: {m}"),
    }
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    let mut ws = Workspace::default_layout();
    ws.oracle_only = args.oracle_only;
    if let Some(w) = &args.work {
        ws.work.clone_from(w);
    }
    if let Some(rev) = &args.rev {
        match gen_difftest::runner::snapshot(&ws, rev) {
            Ok((core, sha)) => {
                eprintln!("testing gen-core/gen-macro at commit {sha}");
                ws.core = Some(core);
            }
            Err(e) => {
                eprintln!("{e}");
                return ExitCode::FAILURE;
            }
        }
    }
    if let Some(seed) = args.show {
        let c = case_of_seed(seed, args.features);
        println!(
            "// seed {seed}\n// ---- generator ----\n{}",
            pretty(&c.src.gen_src)
        );
        println!("// ---- oracle ----\n{}", pretty(&c.src.oracle_src));
        return ExitCode::SUCCESS;
    }
    if let Some(seed) = args.minimize {
        return run_minimize(&ws, seed, args.features, args.save.as_ref());
    }
    run_many(&ws, &args)
}

fn run_minimize(
    ws: &Workspace,
    seed: u64,
    features: program::Features,
    save: Option<&PathBuf>,
) -> ExitCode {
    // Its own batch crate, so a minimization can run beside a long run.
    let mut ws = ws.clone();
    ws.work = ws.work.join("minimize");
    let ws = &ws;
    let p = program::generate_with(seed, features);
    let case = case_of_seed(seed, features);
    let outcome = match run_cases(ws, std::slice::from_ref(&case)) {
        Ok(o) => o[0].clone(),
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    if !outcome.is_mismatch() {
        println!("seed {seed}: {} — nothing to minimize", describe(&outcome));
        return ExitCode::SUCCESS;
    }
    eprintln!("seed {seed}: {}", describe(&outcome));
    let r = minimize::minimize(ws, &p, &outcome, |sites, len| {
        eprintln!("  round: {sites} reductions tried, smallest failing program {len} bytes");
    });
    let (small, small_outcome) = match r {
        Ok(x) => x,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    let src = gen_difftest::emit::emit(&small);
    println!(
        "// minimized from seed {seed}\n// {}",
        describe(&small_outcome).replace('\n', "\n// ")
    );
    println!("{}", pretty(&src.gen_src));
    if let Some(path) = save {
        let note = format!(
            "difftest regression, minimized from seed {seed}.\nFailed with: {}",
            describe(&small_outcome)
        );
        let pretty_src = gen_difftest::emit::Emitted {
            gen_src: pretty(&src.gen_src),
            oracle_src: pretty(&src.oracle_src),
            mode: src.mode,
        };
        if let Err(e) = std::fs::write(path, regression_text(&note, &pretty_src)) {
            eprintln!("{}: {e}", path.display());
            return ExitCode::FAILURE;
        }
        println!("// saved to {}", path.display());
    }
    ExitCode::SUCCESS
}

fn run_many(ws: &Workspace, args: &Args) -> ExitCode {
    let start = Instant::now();
    let mut cases: Vec<Case> = Vec::new();
    if args.regressions {
        let dir = args
            .dir
            .clone()
            .unwrap_or_else(|| ws.root.join("difftest/regressions"));
        match load_regressions(&dir) {
            Ok(r) => cases.extend(r),
            Err(e) => {
                eprintln!("{e}");
                return ExitCode::FAILURE;
            }
        }
    }
    let nreg = cases.len();
    for i in 0..args.programs {
        cases.push(case_of_seed(rng::program_seed(args.seed, i), args.features));
    }
    println!(
        "gen-difftest: seed {}, {} {} programs + {nreg} regressions, batches of {}",
        args.seed,
        args.programs,
        args.features.mode.name(),
        args.batch
    );
    let (mut mismatches, mut invalid, mut rejected, mut items) = (0usize, 0usize, 0usize, 0usize);
    for (b, chunk) in cases.chunks(args.batch.max(1)).enumerate() {
        let outcomes = match run_cases(ws, chunk) {
            Ok(o) => o,
            Err(e) => {
                eprintln!("{e}");
                return ExitCode::FAILURE;
            }
        };
        for (c, o) in chunk.iter().zip(&outcomes) {
            match o {
                Outcome::Pass(n) => items += n,
                Outcome::Rejected(m) => {
                    rejected += 1;
                    if !args.quiet {
                        println!("\n--- {} — rejected: {m}", c.origin);
                    }
                }
                Outcome::InvalidProgram(_) => {
                    invalid += 1;
                    println!("\n=== {} — {}", c.origin, describe(o));
                }
                _ => {
                    mismatches += 1;
                    println!("\n=== {} — {}", c.origin, describe(o));
                    if !args.quiet {
                        println!("{}", pretty(&c.src.gen_src));
                    }
                }
            }
        }
        if !args.quiet {
            eprintln!(
                "  batch {}: {} programs done, {mismatches} mismatches so far ({:.0?})",
                b + 1,
                (b * args.batch.max(1) + chunk.len()).min(cases.len()),
                start.elapsed()
            );
        }
    }
    if invalid > 0 {
        println!("{invalid} invalid programs (tester bugs, not counted)");
    }
    if rejected > 0 {
        println!("{rejected} programs rejected by the macro's documented limits (not counted)");
    }
    println!(
        "{} programs, {mismatches} mismatches ({items} items compared, {:.0?})",
        cases.len(),
        start.elapsed()
    );
    if mismatches == 0 && invalid == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
