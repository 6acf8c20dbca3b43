//! Criterion benches: every workload of `workloads/`, every implementation side
//! by side in one group, each run building the iterator and consuming it.
//! Throughput is per item the outermost iterator yields.
//!
//! `cargo bench --bench generators -- --warm-up-time 1 --measurement-time 3`

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

#[path = "workloads/mod.rs"]
mod workloads;

fn bench_all(c: &mut Criterion) {
    for name in workloads::NAMES {
        let w = workloads::build(name, &workloads::no_extra).expect("registered");
        w.check();
        let mut group = c.benchmark_group(w.name);
        group.throughput(Throughput::Elements(w.items));
        if w.items >= 100_000 {
            group.sample_size(20);
        }
        for imp in &w.impls {
            group.bench_function(imp.name, |b| {
                b.iter(|| workloads::gen_bench_measured(&*imp.run));
            });
        }
        group.finish();
    }
}

criterion_group!(benches, bench_all);
criterion_main!(benches);
