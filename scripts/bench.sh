#!/usr/bin/env bash
# Criterion run of benches/generators.rs (or bench-nightly's with --nightly)
# with fat LTO and one codegen unit, short settings for a small noisy machine,
# then a Markdown table of the medians (per item), their spread and the ratio
# to `hand`.
#
#   scripts/bench.sh                 # all workloads
#   scripts/bench.sh --nightly       # bench-nightly/: adds the `gen_block` column
#   scripts/bench.sh fib             # a criterion filter (a regex on group/impl)
#   scripts/bench.sh '/(hand|generator)$'   # two columns only
#
# Environment: CARGO_TARGET_DIR; CRITERION_ARGS (default
# "--warm-up-time 1 --measurement-time 3"); BENCH_MANIFEST.
set -euo pipefail
cd "$(dirname "$0")/.."

nightly=0
if [[ "${1:-}" == "--nightly" ]]; then
    nightly=1
    shift
fi

export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$PWD/target}"
export CARGO_PROFILE_BENCH_LTO="${CARGO_PROFILE_BENCH_LTO:-fat}"
export CARGO_PROFILE_BENCH_CODEGEN_UNITS="${CARGO_PROFILE_BENCH_CODEGEN_UNITS:-1}"
read -r -a extra <<<"${CRITERION_ARGS:---warm-up-time 1 --measurement-time 3}"
start=$(date +%s) # the table lists only the benchmarks this run measured

if [[ $nightly == 1 ]]; then
    cargo +nightly bench --manifest-path "${BENCH_MANIFEST:-bench-nightly/Cargo.toml}" \
        --bench generators -- "${extra[@]}" "$@" >&2
else
    cargo bench ${BENCH_MANIFEST:+--manifest-path "$BENCH_MANIFEST"} \
        --bench generators -- "${extra[@]}" "$@" >&2
fi

python3 - "$CARGO_TARGET_DIR/criterion" "$start" <<'PY'
import json, os, sys
root, start = sys.argv[1], float(sys.argv[2])
order = ["hand", "generator", "from_fn", "diapause", "genawaiter_stack",
         "genawaiter_rc", "next_gen", "hand_recursive", "coroutine", "gen_macro",
         "gen_block"]
rows, cols = {}, set()
for group in sorted(os.listdir(root)):
    for imp in os.listdir(os.path.join(root, group)):
        d = os.path.join(root, group, imp, "new")
        if not os.path.exists(os.path.join(d, "estimates.json")):
            continue
        if os.path.getmtime(os.path.join(d, "estimates.json")) < start:
            continue  # left over from an earlier run
        est = json.load(open(os.path.join(d, "estimates.json")))
        bench = json.load(open(os.path.join(d, "benchmark.json")))
        items = (bench.get("throughput") or {}).get("Elements") or 1
        med = est["median"]
        rows.setdefault(group, {})[imp] = (
            med["point_estimate"] / items,
            med["confidence_interval"]["lower_bound"] / items,
            med["confidence_interval"]["upper_bound"] / items,
        )
        cols.add(imp)
cols = [c for c in order if c in cols] + sorted(cols - set(order))
print("Criterion medians, ns per item [95% CI of the median], and the ratio to `hand`:\n")
print("| workload | " + " | ".join(cols) + " |")
print("|---|" + "--:|" * len(cols))
for group, r in rows.items():
    base = r.get("hand", (None,))[0]
    cells = []
    for c in cols:
        if c not in r:
            cells.append("—")
            continue
        m, lo, hi = r[c]
        ratio = f"{m / base:.2f}× " if base else ""
        cells.append(f"{ratio}{m:.2f} [{lo:.2f}–{hi:.2f}]")
    print(f"| {group} | " + " | ".join(cells) + " |")
PY
