#[generator]
fn running_buffer(n: u64) -> impl Iterator<Item = u64> {
    let mut buf = [0u64; 512];
    for i in 0..n {
        let idx = (i.wrapping_mul(7) & 511) as usize;
        buf[idx] = buf[idx].wrapping_add(i);
        yield_!(buf[idx]);
    }
}
