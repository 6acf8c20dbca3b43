//! `gen!` on edition 2024, where `gen` is a reserved keyword: the macro is
//! written `r#gen!`.

use gen_core::r#gen;

#[test]
fn gen_block_with_raw_identifier() {
    let limit = 4;
    let evens: Vec<u32> = r#gen! {
        let mut n = 0;
        while n < limit {
            yield n;
            n += 2;
        }
    }
    .collect();
    assert_eq!(evens, [0, 2]);
}

#[test]
fn gen_block_by_path() {
    let it = gen_core::r#gen! { yield 'a'; yield 'b'; };
    assert_eq!(it.collect::<String>(), "ab");
}
