//! The main demo: a three-stage generator pipeline over a large file, in
//! constant memory.
//!
//! Stage 1 reads lines, stage 2 drops empty ones, stage 3 splits each line on
//! commas into fields. Each stage is a `#[generator]` function that takes the
//! previous stage as an `impl Iterator` and pulls one item at a time, so the
//! whole pipeline holds about one line in memory whatever the file's size:
//! peak memory at 1 million lines and at 10 million lines is the same.
//!
//! ```text
//! cargo run --release --example pipeline                     # 10 million lines
//! cargo run --release --example pipeline -- --lines 1000000  # 1 million lines
//! ```
//!
//! The input file is written on first run under cargo's target directory
//! (`target/gen-demo/lines-<N>.csv`) and reused afterwards.
use std::fs::{self, File};
use std::io::{self, BufRead, BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use gen_core::generator;

const DEFAULT_LINES: u64 = 10_000_000;

/// Stage 1: yields each line of `reader`, without its line ending.
///
/// An I/O error is yielded as an `Err` item and ends the stream.
#[generator]
fn read_lines(reader: impl BufRead) -> impl Iterator<Item = io::Result<String>> {
    for line in reader.lines() {
        let line = line?;
        yield_!(Ok(line));
    }
}

/// Stage 2: passes on the lines that are not empty (or only whitespace).
///
/// `?` on an `Err` item yields that error once and finishes the stage.
#[generator]
fn non_empty(
    lines: impl Iterator<Item = io::Result<String>>,
) -> impl Iterator<Item = io::Result<String>> {
    for line in lines {
        let line = line?;
        if !line.trim().is_empty() {
            yield_!(Ok(line));
        }
    }
}

/// Stage 3: splits each line on commas into its fields.
#[generator]
fn split_fields(
    lines: impl Iterator<Item = io::Result<String>>,
) -> impl Iterator<Item = io::Result<Vec<String>>> {
    for line in lines {
        let line = line?;
        let fields: Vec<String> = line.split(',').map(str::to_owned).collect();
        yield_!(Ok(fields));
    }
}

/// What the pipeline saw.
#[derive(Debug, Default)]
struct Counts {
    /// Lines out of stage 1.
    lines: u64,
    /// Lines out of stage 2.
    non_empty: u64,
    /// Fields out of stage 3.
    fields: u64,
}

/// Streams `path` through the three stages.
fn run(path: &Path) -> io::Result<Counts> {
    let mut lines = 0;
    let mut non_empty_lines = 0;
    let mut fields = 0;
    let reader = BufReader::new(File::open(path)?);
    let read = read_lines(reader).inspect(|_| lines += 1);
    let kept = non_empty(read).inspect(|_| non_empty_lines += 1);
    for record in split_fields(kept) {
        fields += record?.len() as u64;
    }
    Ok(Counts {
        lines,
        non_empty: non_empty_lines,
        fields,
    })
}

/// Writes a CSV file of `lines` lines to `path`: records of four fields,
/// with an empty line after every tenth record. Writes to a temporary name
/// first, so an interrupted run leaves no truncated file behind.
fn write_input(path: &Path, lines: u64) -> io::Result<()> {
    let partial = path.with_extension("csv.partial");
    let mut out = BufWriter::with_capacity(1 << 16, File::create(&partial)?);
    for i in 0..lines {
        if i % 11 == 10 {
            writeln!(out)?;
        } else {
            writeln!(
                out,
                "{i},user{},{}.{:02},{}",
                i % 9973,
                i % 1000,
                i % 100,
                i % 3 == 0
            )?;
        }
    }
    out.into_inner()
        .map_err(io::IntoInnerError::into_error)?
        .sync_all()?;
    fs::rename(partial, path)
}

/// Where the input file lives: `gen-demo/` under cargo's target directory,
/// found from this executable's path (`<target>/<profile>/examples/pipeline`)
/// so that `CARGO_TARGET_DIR` is honoured, else under the package's `target/`.
fn data_dir() -> PathBuf {
    let from_exe = std::env::current_exe().ok().and_then(|exe| {
        exe.ancestors()
            .find(|dir| dir.join("CACHEDIR.TAG").is_file())
            .map(Path::to_path_buf)
    });
    from_exe
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("target"))
        .join("gen-demo")
}

/// The peak resident set size of this process (`VmHWM`), where the OS
/// reports it.
fn peak_memory() -> Option<String> {
    let status = fs::read_to_string("/proc/self/status").ok()?;
    status
        .lines()
        .find_map(|line| line.strip_prefix("VmHWM:"))
        .map(|value| value.trim().to_owned())
}

/// Reads `--lines N` (underscores allowed) from the command line.
fn parse_args() -> Result<u64, String> {
    let mut args = std::env::args().skip(1);
    let mut lines = DEFAULT_LINES;
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--lines" => {
                let value = args.next().ok_or("--lines needs a number")?;
                lines = value
                    .replace('_', "")
                    .parse()
                    .map_err(|e| format!("--lines {value}: {e}"))?;
            }
            "-h" | "--help" => {
                return Err(format!(
                    "usage: pipeline [--lines N]   (default {DEFAULT_LINES})"
                ));
            }
            other => return Err(format!("unknown argument {other:?}; try --help")),
        }
    }
    Ok(lines)
}

fn main() -> ExitCode {
    let lines = match parse_args() {
        Ok(lines) => lines,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::FAILURE;
        }
    };
    match demo(lines) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn demo(lines: u64) -> io::Result<()> {
    let dir = data_dir();
    fs::create_dir_all(&dir)?;
    let path = dir.join(format!("lines-{lines}.csv"));
    if path.is_file() {
        println!("input:      {} (reused)", path.display());
    } else {
        println!(
            "input:      writing {lines} lines to {} ...",
            path.display()
        );
        let start = Instant::now();
        write_input(&path, lines)?;
        println!("            written in {:.2?}", start.elapsed());
    }
    let size = fs::metadata(&path)?.len();
    #[allow(clippy::cast_precision_loss)] // only for display
    let mib = size as f64 / f64::from(1 << 20);
    println!("file size:  {mib:.1} MiB ({size} bytes)");

    let start = Instant::now();
    let counts = run(&path)?;
    let elapsed = start.elapsed();

    println!("lines read:        {}", counts.lines);
    println!("non-empty lines:   {}", counts.non_empty);
    println!("fields counted:    {}", counts.fields);
    println!("elapsed:           {elapsed:.2?}");
    println!(
        "peak memory (RSS): {}",
        peak_memory().unwrap_or_else(|| "unavailable".to_owned())
    );
    Ok(())
}
