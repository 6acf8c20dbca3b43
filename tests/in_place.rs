//! Rule 13: a large kept array (a buffer of literals that the body indexes)
//! stays in place across suspensions instead of moving in and out of the
//! state; its behaviour is that of any kept local.
use gen_core::generator;

#[generator]
fn histogram(values: Vec<usize>) -> impl Iterator<Item = u32> + Clone {
    let mut counts = [0u32; 256];
    for v in values {
        counts[v % 256] += 1;
        yield_!(counts[v % 256]);
    }
    let total: u32 = counts.iter().sum();
    yield_!(total);
}

fn eager(values: &[usize]) -> Vec<u32> {
    let mut counts = [0u32; 256];
    let mut out = Vec::new();
    for v in values {
        counts[v % 256] += 1;
        out.push(counts[v % 256]);
    }
    out.push(counts.iter().sum());
    out
}

#[test]
fn rule_13_kept_buffer_behaves_as_a_local() {
    let values: Vec<usize> = (0..2000).map(|i| (i * 37) % 300).collect();
    assert_eq!(
        histogram(values.clone()).collect::<Vec<_>>(),
        eager(&values)
    );
}

#[test]
fn rule_12_clones_of_a_generator_with_a_kept_buffer_are_independent() {
    let mut a = histogram(vec![1, 1, 2, 1]);
    assert_eq!(a.next(), Some(1));
    let b = a.clone();
    assert_eq!(a.collect::<Vec<_>>(), [2, 1, 3, 4]);
    assert_eq!(b.collect::<Vec<_>>(), [2, 1, 3, 4]);
}

#[test]
fn rule_13_kept_buffer_is_stored_once() {
    let g = histogram(vec![1]);
    let size = size_of_val(&g);
    // The 1 KiB buffer, the vector iterator and small fields: not two buffers.
    assert!(size >= 1024, "{size} bytes");
    assert!(size < 2048, "{size} bytes");
}
