//! The criterion benches of `benches/generators.rs`, with the `gen_block` column.
#![feature(gen_blocks)]

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

#[path = "../../benches/workloads/mod.rs"]
mod workloads;

mod gen_blocks;

fn bench_all(c: &mut Criterion) {
    for name in workloads::NAMES {
        let w = workloads::build(name, &gen_blocks::extra).expect("registered");
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
