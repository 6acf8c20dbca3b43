//! Fuzzes the `#[generator]` expansion: mutated and random inputs go
//! through `expand` under `catch_unwind`; a panic, or an expansion that is not
//! valid Rust syntax, is a bug and is saved to `fuzz/crashes/`.
//!
//! ```text
//! cargo run -p gen-fuzz --release -- --iterations 1000000 --seed 1 [--jobs 2] [--mode coroutine|block]
//! cargo run -p gen-fuzz --release -- --replay fuzz/crashes/some-input.rs
//! cargo run -p gen-fuzz --release -- --print --seed 1 --index 12345
//! ```
//!
//! The run is split into chunks, each run by a child process (this same
//! binary with `--worker`), so that an input that overflows the stack or
//! hangs is found and saved too instead of ending the run: the chunk is run
//! again with each input's index traced, and the run goes on after it.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::hash::{Hash, Hasher};
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use std::{env, fs, thread};

use gen_fuzz::harness::generate::Generator;
use gen_fuzz::harness::{Flavor, Outcome, minimize, normalized, run_input, tree};
use proc_macro2::TokenStream;

const USAGE: &str =
    "usage: gen-fuzz [--iterations N] [--seed S] [--jobs J] [--chunk C] [--timeout SECS]
                [--mode iterator|coroutine|block]
                [--corpus DIR] [--crashes DIR] [--interesting DIR] [--no-corpus]
       [--skip-ident NAME]...  (inputs holding this identifier are counted, not run)
       gen-fuzz --replay FILE...      run saved inputs, show what they do
       gen-fuzz --print --seed S --index I   show input I of a run";

struct Options {
    /// The kind of inputs: `#[generator]` iterators or coroutines, or
    /// `gen!` blocks.
    flavor: Flavor,
    iterations: u64,
    seed: u64,
    jobs: usize,
    chunk: u64,
    timeout: u64,
    corpus: Option<PathBuf>,
    crashes: PathBuf,
    interesting: Option<PathBuf>,
    // worker / tools
    worker: bool,
    from: u64,
    to: u64,
    trace: bool,
    replay: Vec<PathBuf>,
    print: Option<u64>,
    /// Inputs holding one of these identifiers are not run: a known bug
    /// that aborts the process (a stack overflow cannot be caught) would
    /// otherwise cost a traced rerun of its chunk each time.
    skip: Vec<String>,
}

fn parse_options() -> Result<Options, String> {
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut o = Options {
        flavor: Flavor::Iterator,
        iterations: 100_000,
        seed: 1,
        jobs: 1,
        chunk: 5_000,
        timeout: 10,
        corpus: Some(here.join("corpus")),
        crashes: here.join("crashes"),
        interesting: None,
        worker: false,
        from: 0,
        to: 0,
        trace: false,
        replay: Vec::new(),
        print: None,
        skip: Vec::new(),
    };
    let mut corpus_given = false;
    let mut args = env::args().skip(1);
    while let Some(a) = args.next() {
        let mut value = |name: &str| args.next().ok_or_else(|| format!("{name} needs a value"));
        let number = |s: String| {
            s.replace('_', "")
                .parse::<u64>()
                .map_err(|e| format!("{s}: {e}"))
        };
        match a.as_str() {
            "--iterations" => o.iterations = number(value(&a)?)?,
            "--seed" => o.seed = number(value(&a)?)?,
            "--jobs" => o.jobs = usize::try_from(number(value(&a)?)?).unwrap_or(1).max(1),
            "--chunk" => o.chunk = number(value(&a)?)?.max(1),
            "--timeout" => o.timeout = number(value(&a)?)?.max(1),
            "--corpus" => {
                o.corpus = Some(PathBuf::from(value(&a)?));
                corpus_given = true;
            }
            "--no-corpus" => {
                o.corpus = None;
                corpus_given = true;
            }
            "--mode" => {
                let m = value(&a)?;
                o.flavor = Flavor::from_name(&m)
                    .ok_or_else(|| format!("unknown mode {m}: iterator, coroutine or block"))?;
            }
            "--crashes" => o.crashes = PathBuf::from(value(&a)?),
            "--interesting" => o.interesting = Some(PathBuf::from(value(&a)?)),
            "--worker" => o.worker = true,
            "--from" => o.from = number(value(&a)?)?,
            "--to" => o.to = number(value(&a)?)?,
            "--trace" => o.trace = true,
            "--skip-ident" => o.skip.push(value(&a)?),
            "--replay" => {
                o.replay.extend(args.by_ref().map(PathBuf::from));
            }
            "--print" => o.print = Some(0),
            "--index" => o.print = Some(number(value(&a)?)?),
            "--help" | "-h" => return Err(String::new()),
            other => return Err(format!("unknown option {other}")),
        }
    }
    // Each mode starts from its own saved corpus.
    if !corpus_given && o.flavor != Flavor::Iterator {
        o.corpus = Some(here.join("corpus").join(o.flavor.name()));
    }
    Ok(o)
}

fn main() -> ExitCode {
    let o = match parse_options() {
        Ok(o) => o,
        Err(e) => {
            if !e.is_empty() {
                eprintln!("{e}");
            }
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    if !o.replay.is_empty() {
        return replay(&o.replay);
    }
    if o.worker {
        worker(&o);
        return ExitCode::SUCCESS;
    }
    let generator = Generator::with_flavor(o.flavor, &load_corpus(o.corpus.as_deref(), o.flavor));
    if let Some(index) = o.print {
        let input = generator.input(o.seed, index);
        println!("// input {index} of seed {} ({})", o.seed, input.how);
        print!(
            "{}",
            tree::encode_input(input.block, &input.args, &input.item)
        );
        println!(
            "// outcome: {}",
            run_input(input.block, &input.args, &input.item).signature()
        );
        return ExitCode::SUCCESS;
    }
    supervise(&o)
}

/// The inputs saved in the corpus directory (`*.rs`, text form) that are of
/// the kind `flavor` makes (a `gen!` block's or an item).
fn load_corpus(dir: Option<&Path>, flavor: Flavor) -> Vec<(TokenStream, TokenStream)> {
    let Some(dir) = dir else { return Vec::new() };
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "rs"))
        .collect();
    files.sort();
    files
        .iter()
        .filter_map(|p| tree::decode_input(&fs::read_to_string(p).ok()?))
        .filter(|(block, _, _)| *block == (flavor == Flavor::Block))
        .map(|(_, args, item)| (args, item))
        .collect()
}

fn replay(files: &[PathBuf]) -> ExitCode {
    let mut bugs = 0;
    for file in files {
        let Ok(source) = fs::read_to_string(file) else {
            eprintln!("{}: cannot read", file.display());
            return ExitCode::from(2);
        };
        let Some((block, args, item)) = tree::decode_input(&source) else {
            eprintln!("{}: does not lex", file.display());
            return ExitCode::from(2);
        };
        let outcome = run_input(block, &args, &item);
        println!("{}: {}", file.display(), outcome.signature());
        if env::var_os("GEN_FUZZ_SHOW").is_some() {
            let out = if block {
                gen_fuzz::harness::expand_block_caught(&item)
            } else {
                gen_fuzz::harness::expand_caught(&args, &item)
            };
            if let Ok(out) = out {
                println!("{out}");
            }
        }
        if outcome.is_bug() {
            bugs += 1;
            if matches!(outcome, Outcome::Panic { .. })
                && env::var_os("GEN_FUZZ_UNCAUGHT").is_some()
            {
                // Again without catching, for the backtrace (RUST_BACKTRACE=1).
                if block {
                    let _ = gen_fuzz::expand_block(item);
                } else {
                    let _ = gen_fuzz::expand(args, item);
                }
            }
        }
    }
    if bugs > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// Per-outcome counts, and per way of making inputs.
#[derive(Default)]
struct Stats {
    inputs: u64,
    panics: u64,
    errors: u64,
    valid: u64,
    unparsable: u64,
    fallback_unparsable: u64,
    aborts: u64,
    hangs: u64,
    slowest_us: u64,
    slowest_index: u64,
    skipped: u64,
    /// how → (inputs, valid, errors, bugs)
    how: BTreeMap<String, [u64; 4]>,
    /// bug signature → (count, first saved file)
    bugs: BTreeMap<String, (u64, String)>,
}

impl Stats {
    fn merge(&mut self, other: Stats) {
        self.inputs += other.inputs;
        self.panics += other.panics;
        self.errors += other.errors;
        self.valid += other.valid;
        self.unparsable += other.unparsable;
        self.fallback_unparsable += other.fallback_unparsable;
        self.aborts += other.aborts;
        self.hangs += other.hangs;
        self.skipped += other.skipped;
        if other.slowest_us > self.slowest_us {
            self.slowest_us = other.slowest_us;
            self.slowest_index = other.slowest_index;
        }
        for (k, v) in other.how {
            let e = self.how.entry(k).or_default();
            for i in 0..4 {
                e[i] += v[i];
            }
        }
        for (k, (n, file)) in other.bugs {
            let e = self.bugs.entry(k).or_insert((0, file));
            e.0 += n;
        }
    }

    /// The worker's report, one fact per line.
    fn write(&self) -> String {
        let mut s = format!(
            "STAT {} {} {} {} {} {} {} {} {}\n",
            self.inputs,
            self.panics,
            self.errors,
            self.valid,
            self.unparsable,
            self.fallback_unparsable,
            self.slowest_us,
            self.slowest_index,
            self.skipped
        );
        for (k, v) in &self.how {
            let _ = writeln!(s, "HOW {} {} {} {}\t{k}", v[0], v[1], v[2], v[3]);
        }
        for (k, (n, file)) in &self.bugs {
            let _ = writeln!(s, "BUG {n}\t{file}\t{k}");
        }
        s
    }

    fn read(text: &str) -> Stats {
        let mut st = Stats::default();
        for line in text.lines() {
            if let Some(rest) = line.strip_prefix("STAT ") {
                let v: Vec<u64> = rest.split(' ').filter_map(|x| x.parse().ok()).collect();
                if let [a, b, c, d, e, f, g, h, i] = v[..] {
                    st.skipped = i;
                    st.inputs = a;
                    st.panics = b;
                    st.errors = c;
                    st.valid = d;
                    st.unparsable = e;
                    st.fallback_unparsable = f;
                    st.slowest_us = g;
                    st.slowest_index = h;
                }
            } else if let Some(rest) = line.strip_prefix("HOW ") {
                if let Some((nums, how)) = rest.split_once('\t') {
                    let v: Vec<u64> = nums.split(' ').filter_map(|x| x.parse().ok()).collect();
                    if let [a, b, c, d] = v[..] {
                        st.how.insert(how.to_owned(), [a, b, c, d]);
                    }
                }
            } else if let Some(rest) = line.strip_prefix("BUG ") {
                let mut parts = rest.splitn(3, '\t');
                if let (Some(n), Some(file), Some(sig)) = (parts.next(), parts.next(), parts.next())
                {
                    st.bugs
                        .insert(sig.to_owned(), (n.parse().unwrap_or(0), file.to_owned()));
                }
            }
        }
        st
    }
}

fn short_hash(s: &str) -> String {
    let mut h = std::hash::DefaultHasher::new();
    s.hash(&mut h);
    format!("{:08x}", h.finish() & 0xffff_ffff)
}

fn save(
    dir: &Path,
    name: &str,
    header: &str,
    block: bool,
    args: &TokenStream,
    item: &TokenStream,
) -> String {
    let _ = fs::create_dir_all(dir);
    let path = dir.join(name);
    let mut text = String::new();
    for line in header.lines() {
        let _ = writeln!(text, "// {line}");
    }
    text.push_str(&tree::encode_input(block, args, item));
    let tmp = dir.join(format!(".{name}.tmp"));
    if fs::write(&tmp, text).is_ok() {
        let _ = fs::rename(&tmp, &path);
    }
    path.display().to_string()
}

/// Saves a bug's input and a minimized copy; returns the minimized file.
fn save_bug(
    o: &Options,
    index: u64,
    outcome: &Outcome,
    block: bool,
    args: &TokenStream,
    item: &TokenStream,
) -> String {
    let sig = outcome.signature();
    let base = format!(
        "{}{}-{}-seed{}-{index}",
        mode_prefix(o.flavor),
        kind(outcome),
        short_hash(&sig),
        o.seed
    );
    let header = format!("{sig}\nseed {}, input {index}", o.seed);
    save(
        &o.crashes,
        &format!("{base}.rs"),
        &header,
        block,
        args,
        item,
    );
    let fails = |a: &TokenStream, i: &TokenStream| run_input(block, a, i).signature() == sig;
    let (ma, mi) = minimize::minimize(args, item, &fails, 4000);
    save(
        &o.crashes,
        &format!("{base}-min.rs"),
        &format!("{header} (minimized)"),
        block,
        &ma,
        &mi,
    )
}

/// The start of the names of a mode's saved files (`coroutine-`, `block-`).
fn mode_prefix(flavor: Flavor) -> String {
    if flavor == Flavor::Iterator {
        String::new()
    } else {
        format!("{}-", flavor.name())
    }
}

fn kind(outcome: &Outcome) -> &'static str {
    match outcome {
        Outcome::Panic { .. } => "panic",
        Outcome::Unparsable { .. } => "unparsable",
        Outcome::Error { .. } => "unparsable-fallback",
        Outcome::Valid => "valid",
    }
}

fn worker(o: &Options) {
    let current = Arc::new(AtomicU64::new(u64::MAX));
    let started = Arc::new(Mutex::new(Instant::now()));
    {
        let current = Arc::clone(&current);
        let started = Arc::clone(&started);
        let timeout = Duration::from_secs(o.timeout);
        thread::spawn(move || {
            loop {
                thread::sleep(Duration::from_millis(500));
                let since = started.lock().map(|s| s.elapsed()).unwrap_or_default();
                if since > timeout {
                    println!("HANG {}", current.load(Ordering::SeqCst));
                    let _ = std::io::stdout().flush();
                    std::process::exit(3);
                }
            }
        });
    }
    // The expansion runs on a thread with the stack a compiler thread has.
    let result = thread::scope(|s| {
        thread::Builder::new()
            .stack_size(8 << 20)
            .spawn_scoped(s, || {
                let generator =
                    Generator::with_flavor(o.flavor, &load_corpus(o.corpus.as_deref(), o.flavor));
                run_range(o, &generator, &current, &started)
            })
            .map(thread::ScopedJoinHandle::join)
    });
    match result {
        Ok(Ok(stats)) => print!("{}", stats.write()),
        _ => std::process::exit(4),
    }
}

fn run_range(
    o: &Options,
    generator: &Generator,
    current: &AtomicU64,
    started: &Mutex<Instant>,
) -> Stats {
    let mut st = Stats::default();
    let mut saved: BTreeMap<String, u64> = BTreeMap::new();
    let mut interesting: BTreeMap<String, usize> = BTreeMap::new();
    for index in o.from..o.to {
        let input = generator.input(o.seed, index);
        if !o.skip.is_empty() && (holds(&input.item, &o.skip) || holds(&input.args, &o.skip)) {
            st.skipped += 1;
            continue;
        }
        if o.trace {
            eprintln!("AT {index}");
        }
        current.store(index, Ordering::SeqCst);
        if let Ok(mut s) = started.lock() {
            *s = Instant::now();
        }
        let t = Instant::now();
        let outcome = run_input(input.block, &input.args, &input.item);
        let us = u64::try_from(t.elapsed().as_micros()).unwrap_or(u64::MAX);
        if us > st.slowest_us {
            st.slowest_us = us;
            st.slowest_index = index;
        }
        st.inputs += 1;
        let how = st.how.entry(input.how.to_owned()).or_default();
        how[0] += 1;
        match &outcome {
            Outcome::Panic { .. } => st.panics += 1,
            Outcome::Error {
                fallback_parses, ..
            } => {
                st.errors += 1;
                how[2] += 1;
                if matches!(fallback_parses, Some(Err(_))) {
                    st.fallback_unparsable += 1;
                }
            }
            Outcome::Valid => {
                st.valid += 1;
                how[1] += 1;
            }
            Outcome::Unparsable { .. } => st.unparsable += 1,
        }
        let sig = outcome.signature();
        if outcome.is_bug() {
            how[3] += 1;
            let n = saved.entry(sig.clone()).or_insert(0);
            *n += 1;
            if *n <= 2 {
                let file = save_bug(o, index, &outcome, input.block, &input.args, &input.item);
                if *n == 1 {
                    println!("found {sig} at input {index}: {file}");
                }
                st.bugs.entry(sig.clone()).or_insert((0, file));
            }
            if let Some(e) = st.bugs.get_mut(&sig) {
                e.0 += 1;
            }
        }
        if let Some(dir) = &o.interesting {
            let key = normalized(&sig);
            let text = tree::encode_input(input.block, &input.args, &input.item);
            let best = interesting.get(&key).copied().unwrap_or(usize::MAX);
            if text.len() < best && text.len() < 4000 {
                interesting.insert(key.clone(), text.len());
                let name = format!("{}.rs", short_hash(&key));
                let existing = fs::read_to_string(dir.join(&name)).map_or(usize::MAX, |s| s.len());
                if text.len() + key.len() + 4 < existing {
                    save(dir, &name, &key, input.block, &input.args, &input.item);
                }
            }
        }
    }
    st
}

/// Whether the stream holds one of the identifiers.
fn holds(stream: &TokenStream, idents: &[String]) -> bool {
    stream.clone().into_iter().any(|tt| match tt {
        proc_macro2::TokenTree::Ident(i) => idents.iter().any(|s| i == s),
        proc_macro2::TokenTree::Group(g) => holds(&g.stream(), idents),
        _ => false,
    })
}

fn supervise(o: &Options) -> ExitCode {
    let exe = match env::current_exe() {
        Ok(e) => e,
        Err(e) => {
            eprintln!("cannot find this executable: {e}");
            return ExitCode::from(2);
        }
    };
    let chunks: Vec<(u64, u64)> = (0..o.iterations.div_ceil(o.chunk))
        .map(|c| (c * o.chunk, ((c + 1) * o.chunk).min(o.iterations)))
        .collect();
    let next = AtomicU64::new(0);
    let total = Mutex::new(Stats::default());
    let begin = Instant::now();
    println!(
        "gen-fuzz: {} {} inputs, seed {}, {} chunks of {}, {} jobs",
        o.iterations,
        o.flavor.name(),
        o.seed,
        chunks.len(),
        o.chunk,
        o.jobs
    );
    thread::scope(|s| {
        for _ in 0..o.jobs {
            s.spawn(|| {
                loop {
                    let c =
                        usize::try_from(next.fetch_add(1, Ordering::SeqCst)).unwrap_or(usize::MAX);
                    let Some(&(from, to)) = chunks.get(c) else {
                        break;
                    };
                    let st = run_chunk(o, &exe, from, to);
                    let mut t = total
                        .lock()
                        .unwrap_or_else(std::sync::PoisonError::into_inner);
                    t.merge(st);
                    println!(
                        "  {} / {} inputs, {} bugs so far ({:.0} s)",
                        t.inputs,
                        o.iterations,
                        t.panics + t.unparsable + t.fallback_unparsable + t.aborts + t.hangs,
                        begin.elapsed().as_secs_f64()
                    );
                }
            });
        }
    });
    let t = total
        .into_inner()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let secs = begin.elapsed().as_secs_f64();
    println!();
    println!("by input kind (inputs / valid expansions / errors / bugs):");
    for (how, v) in &t.how {
        println!(
            "  {how:<20} {:>9} {:>9} {:>9} {:>6}",
            v[0], v[1], v[2], v[3]
        );
    }
    if !t.bugs.is_empty() {
        println!("bugs (count, minimized input, signature):");
        for (sig, (n, file)) in &t.bugs {
            println!("  {n:>7}  {file}\n           {sig}");
        }
    }
    println!(
        "slowest input: {} at {:.1} ms; {} inputs aborted the process (stack overflow), {} hung (> {} s)",
        t.slowest_index,
        f64::from(u32::try_from(t.slowest_us).unwrap_or(u32::MAX)) / 1000.0,
        t.aborts,
        t.hangs,
        o.timeout
    );
    println!(
        "{} unparsable fallbacks (error output whose function does not parse)",
        t.fallback_unparsable
    );
    if t.skipped > 0 {
        println!(
            "{} generated inputs skipped (they hold {:?}); they are not in the figures below",
            t.skipped, o.skip
        );
    }
    println!("time: {secs:.1} s");
    println!(
        "{} inputs, {} panics, {} errors, {} valid expansions, {} unparsable expansions",
        t.inputs, t.panics, t.errors, t.valid, t.unparsable
    );
    let bugs = t.panics + t.unparsable + t.fallback_unparsable + t.aborts + t.hangs;
    if bugs == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// Runs inputs `from..to` in child processes; an input that kills its
/// process is found by tracing, counted, saved, and the chunk goes on.
fn run_chunk(o: &Options, exe: &Path, mut from: u64, to: u64) -> Stats {
    let mut st = Stats::default();
    let mut traced = false;
    while from < to {
        let mut cmd = Command::new(exe);
        cmd.arg("--worker")
            .args(["--mode", o.flavor.name()])
            .args(["--seed", &o.seed.to_string()])
            .args(["--from", &from.to_string(), "--to", &to.to_string()])
            .args(["--timeout", &o.timeout.to_string()])
            .arg("--crashes")
            .arg(&o.crashes);
        match &o.corpus {
            Some(c) => cmd.arg("--corpus").arg(c),
            None => cmd.arg("--no-corpus"),
        };
        if let Some(dir) = &o.interesting {
            cmd.arg("--interesting").arg(dir);
        }
        if traced {
            cmd.arg("--trace");
        }
        for ident in &o.skip {
            cmd.args(["--skip-ident", ident]);
        }
        cmd.stdin(Stdio::null());
        let out = match cmd.output() {
            Ok(out) => out,
            Err(e) => {
                eprintln!("cannot run a worker: {e}");
                std::process::exit(2);
            }
        };
        let stdout = String::from_utf8_lossy(&out.stdout);
        for line in stdout.lines().filter(|l| l.starts_with("found ")) {
            println!("{line}");
        }
        if out.status.success() {
            st.merge(Stats::read(&stdout));
            return st;
        }
        let hang = stdout
            .lines()
            .find_map(|l| l.strip_prefix("HANG ").and_then(|n| n.parse::<u64>().ok()));
        let stderr = String::from_utf8_lossy(&out.stderr);
        let last = stderr
            .lines()
            .filter_map(|l| l.strip_prefix("AT ").and_then(|n| n.parse::<u64>().ok()))
            .next_back();
        let culprit = match (hang, last) {
            (Some(i), _) => i,
            (None, Some(i)) if traced => i,
            _ => {
                // Run again, tracing every input, to find the one that kills.
                traced = true;
                continue;
            }
        };
        let what = if hang.is_some() {
            st.hangs += 1;
            format!("hang (> {} s)", o.timeout)
        } else {
            st.aborts += 1;
            let tail: Vec<&str> = stderr.lines().filter(|l| !l.starts_with("AT ")).collect();
            format!("abort: {}", tail.join(" / "))
        };
        let generator =
            Generator::with_flavor(o.flavor, &load_corpus(o.corpus.as_deref(), o.flavor));
        let input = generator.input(o.seed, culprit);
        let file = save(
            &o.crashes,
            &format!(
                "{}{}-seed{}-{culprit}.rs",
                mode_prefix(o.flavor),
                if hang.is_some() { "hang" } else { "abort" },
                o.seed
            ),
            &format!("{what}\nseed {}, input {culprit}", o.seed),
            input.block,
            &input.args,
            &input.item,
        );
        println!("found {what} at input {culprit}: {file}");
        st.bugs.entry(what).or_insert((0, file)).0 += 1;
        // The inputs before the culprit ran but their report was lost: run
        // them again without it.
        st.inputs += 1;
        if culprit > from {
            st.merge(run_chunk(o, exe, from, culprit));
        }
        from = culprit + 1;
        traced = false;
    }
    st
}
