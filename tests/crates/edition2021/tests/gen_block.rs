//! `gen!` on edition 2021, where `gen` is an ordinary identifier: the macro
//! is written without `r#`, and a captured variable may be named `gen`.

use gen_core::gen;

#[test]
fn gen_block_without_raw_identifier() {
    let gen = vec![1, 2, 3];
    let doubled: Vec<i32> = gen! {
        for x in gen {
            yield x * 2;
        }
    }
    .collect();
    assert_eq!(doubled, [2, 4, 6]);
}

#[test]
fn gen_block_by_path() {
    let it = gen_core::gen! { yield "a"; yield "b"; };
    assert_eq!(it.collect::<String>(), "ab");
}
