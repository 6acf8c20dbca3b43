#!/usr/bin/env bash
# Instructions per item, under callgrind, for every workload × implementation
# of benches/workloads/, and the ratio of each to the hand-written iterator.
#
#   scripts/callgrind.sh                 # stable workspace (benches/callgrind.rs)
#   scripts/callgrind.sh --nightly       # bench-nightly/ (adds the `gen` block column)
#   scripts/callgrind.sh fib tree        # only these workloads
#   IMPLS="hand generator coroutine gen_macro" scripts/callgrind.sh   # only these columns
#
# Environment: CARGO_TARGET_DIR, OUT_DIR (results), BENCH_MANIFEST (another
# crate that has a `callgrind` bench target built on benches/workloads/),
# IMPLS (space-separated implementation names; default: all), BASE (the
# column the ratios are taken to; default: hand).
#
# Builds the `callgrind` bench target with fat LTO and one codegen unit (set
# through CARGO_PROFILE_BENCH_* here; Cargo.toml keeps its profiles), then
# runs `valgrind --tool=callgrind --toggle-collect='*gen_bench_measured*'
# <driver> <workload> <impl>` for each pair: only the run itself (building the
# iterator and consuming it) is counted, not building the input. Instruction
# counts are deterministic: one run per pair. Writes the raw counts to
# $OUT_DIR/results.tsv and prints a Markdown table.
set -euo pipefail
cd "$(dirname "$0")/.."

nightly=0
if [[ "${1:-}" == "--nightly" ]]; then
    nightly=1
    shift
fi
only=("$@")

export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$PWD/target}"
export CARGO_PROFILE_BENCH_LTO="${CARGO_PROFILE_BENCH_LTO:-fat}"
export CARGO_PROFILE_BENCH_CODEGEN_UNITS="${CARGO_PROFILE_BENCH_CODEGEN_UNITS:-1}"
RUSTFLAGS="${RUSTFLAGS:-}"
export RUSTFLAGS

if [[ $nightly == 1 ]]; then
    cargo_cmd=(cargo +nightly bench --manifest-path "${BENCH_MANIFEST:-bench-nightly/Cargo.toml}")
    OUT_DIR="${OUT_DIR:-$CARGO_TARGET_DIR/callgrind-nightly}"
else
    cargo_cmd=(cargo bench ${BENCH_MANIFEST:+--manifest-path "$BENCH_MANIFEST"})
    OUT_DIR="${OUT_DIR:-$CARGO_TARGET_DIR/callgrind}"
fi
mkdir -p "$OUT_DIR"

exe=$("${cargo_cmd[@]}" --bench callgrind --no-run --message-format=json \
    | python3 -c '
import json, sys
for line in sys.stdin:
    m = json.loads(line)
    if m.get("reason") == "compiler-artifact" and m["target"]["name"] == "callgrind" and m.get("executable"):
        print(m["executable"])
')
echo "driver: $exe" >&2
"$exe" >&2 # every implementation agrees with hand-written, or this fails

results="$OUT_DIR/results.tsv"
: >"$results"
"$exe" list | while read -r workload impl items; do
    if [[ ${#only[@]} -gt 0 ]] && [[ ! " ${only[*]} " == *" $workload "* ]]; then
        continue
    fi
    if [[ -n "${IMPLS:-}" ]] && [[ ! " $IMPLS " == *" $impl "* ]]; then
        continue
    fi
    log="$OUT_DIR/$workload.$impl.log"
    valgrind --tool=callgrind --toggle-collect='*gen_bench_measured*' \
        --callgrind-out-file="$OUT_DIR/callgrind.out.$workload.$impl" \
        "$exe" "$workload" "$impl" >/dev/null 2>"$log"
    ir=$(sed -n 's/.*Collected : \([0-9]*\).*/\1/p' "$log")
    printf '%s\t%s\t%s\t%s\n' "$workload" "$impl" "$items" "$ir" | tee -a "$results" >&2
done

python3 - "$results" "${BASE:-hand}" <<'PY'
import math, sys
base_impl = sys.argv[2]
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1]) if l.strip()]
per = {}
workloads, impls = [], []
for w, i, items, ir in rows:
    per[(w, i)] = int(ir) / int(items)
    if w not in workloads: workloads.append(w)
    if i not in impls: impls.append(i)
print(f"Instructions per item (callgrind), and the ratio to `{base_impl}`:\n")
print("| workload | " + " | ".join(impls) + " |")
print("|---|" + "--:|" * len(impls))
logs = {i: [] for i in impls}
for w in workloads:
    base = per.get((w, base_impl))
    cells = []
    for i in impls:
        v = per.get((w, i))
        if v is None or base is None:
            cells.append("—")
            continue
        r = v / base
        logs[i].append(math.log(r))
        cells.append(f"{r:.2f}× ({v:.1f})")
    print(f"| {w} | " + " | ".join(cells) + " |")
# A column that lacks some workloads (hand_recursive: tree only) gets no mean:
# it would not be comparable with the others.
print("| geometric mean | " + " | ".join(
    f"{math.exp(sum(l) / len(l)):.2f}×" if len(l) == len(workloads) else "—"
    for l in (logs[i] for i in impls)) + " |")
PY
