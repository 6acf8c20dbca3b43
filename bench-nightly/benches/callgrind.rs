//! The callgrind driver of `benches/callgrind.rs`, with the `gen_block` column.
#![feature(gen_blocks)]

#[path = "../../benches/workloads/mod.rs"]
mod workloads;

mod gen_blocks;

fn main() {
    workloads::driver_main(&gen_blocks::extra);
}
