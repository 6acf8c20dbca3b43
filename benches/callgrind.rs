//! The callgrind driver: `callgrind <workload> <impl>` runs one implementation
//! of one workload inside `gen_bench_measured`, so that
//! `valgrind --tool=callgrind --toggle-collect='*gen_bench_measured*'` counts
//! just that run. `callgrind list` prints every pair with its item count;
//! without arguments (as under `cargo bench`) it checks that all
//! implementations agree. `scripts/callgrind.sh` drives it.

#[path = "workloads/mod.rs"]
mod workloads;

fn main() {
    workloads::driver_main(&workloads::no_extra);
}
