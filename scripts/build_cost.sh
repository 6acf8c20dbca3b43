#!/usr/bin/env bash
# Expansion cost (issue 4): wall time of `cargo build` of a crate with N small
# generators written with `#[generator]`, by hand (Iterator structs) and with
# diapause 0.2.0, as diapause measures its own (docs/benchmarks.md of
# todesking/diapause: rebuild of the leaf crate after `touch src/lib.rs`,
# dependencies already built, median of several runs).
#
#   scripts/build_cost.sh                 # N = 500, 5 runs per cell
#   N=100 RUNS=3 scripts/build_cost.sh
#
# Environment: CARGO_TARGET_DIR (the crates are built in
# $CARGO_TARGET_DIR/build-cost/target), N, RUNS, MODES (default
# "dev dev-noincr release"), GEN_CORE (default: this checkout's gen-core).
#
# Modes: `dev` = `cargo build` (incremental, as Cargo defaults: the rebuild of
# unchanged content after a touch, which re-runs every macro but reuses most
# of the compiler's cache); `dev-noincr` = the same with CARGO_INCREMENTAL=0
# (the whole crate compiled again); `release` = `cargo build --release`.
# Each run touches src/lib.rs first. The styles are interleaved within a run
# so drifting load on a shared machine hits all three alike.
#
# Writes the raw times to $OUT/times.tsv and prints a Markdown table: median
# [min–max] seconds, and the cost per generator over the hand-written crate,
# (median − median(hand)) / N.
set -euo pipefail
cd "$(dirname "$0")/.."

N="${N:-500}"
RUNS="${RUNS:-5}"
read -r -a modes <<<"${MODES:-dev dev-noincr release}"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$PWD/target}"
OUT="$CARGO_TARGET_DIR/build-cost"
GEN_CORE="${GEN_CORE:-$PWD/gen-core}"
styles=(generator hand diapause)

python3 scripts/build_cost_gen.py "$OUT/crates" "$N" "$GEN_CORE"
export CARGO_TARGET_DIR="$OUT/target"

build() { # mode style
    local flags=() incr=1
    case $1 in
        release) flags=(--release) ;;
        dev-noincr) incr=0 ;;
    esac
    (cd "$OUT/crates/$2" && CARGO_INCREMENTAL=$incr cargo build -q "${flags[@]}")
}

times="$OUT/times.tsv"
: >"$times"
for mode in "${modes[@]}"; do
    for style in "${styles[@]}"; do
        build "$mode" "$style" # dependencies, and a first build of the crate
    done
    for ((run = 1; run <= RUNS; run++)); do
        for style in "${styles[@]}"; do
            touch "$OUT/crates/$style/src/lib.rs"
            t0=$(date +%s.%N)
            build "$mode" "$style"
            t1=$(date +%s.%N)
            t=$(python3 -c "print(f'{$t1 - $t0:.3f}')")
            printf '%s\t%s\t%s\t%s\t%s\n' "$mode" "$style" "$run" "$t" \
                "$(cut -d' ' -f1 /proc/loadavg)" | tee -a "$times" >&2
        done
    done
done

python3 - "$times" "$N" <<'PY'
import statistics, sys
rows = [l.split("\t") for l in open(sys.argv[1]) if l.strip()]
n = int(sys.argv[2])
t = {}
for mode, style, _run, sec, _load in rows:
    t.setdefault((mode, style), []).append(float(sec))
modes = list(dict.fromkeys(r[0] for r in rows))
styles = ["generator", "hand", "diapause"]
print(f"`cargo build` of {n} generators, seconds: median [min–max] of "
      f"{len(t[(modes[0], 'hand')])} runs; per generator: (median − hand) / {n}\n")
print("| mode | " + " | ".join(styles) + " | per generator: generator | per generator: diapause | generator / diapause |")
print("|---|" + "--:|" * (len(styles) + 3))
for mode in modes:
    med = {s: statistics.median(t[(mode, s)]) for s in styles}
    cells = [f"{med[s]:.2f} [{min(t[(mode, s)]):.2f}–{max(t[(mode, s)]):.2f}]" for s in styles]
    g = (med["generator"] - med["hand"]) / n * 1000
    d = (med["diapause"] - med["hand"]) / n * 1000
    ratio = f"{g / d:.2f}" if d > 0 else "—"
    print(f"| {mode} | " + " | ".join(cells) + f" | {g:.2f} ms | {d:.2f} ms | {ratio} |")
PY
