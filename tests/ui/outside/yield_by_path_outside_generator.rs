fn main() {
    let v: Vec<u32> = (0..3).map(|x| gen_core::yield_!(x)).collect();
    drop(v);
}
