fn doubled(limit: u32) -> impl Iterator<Item = u32> {
    let words = vec![1, 2, 3];
    r#gen! {
        for w in words {
            if w > limit {
                return;
            }
            yield w * 2;
        }
    }
}
