#[generator]
fn doubled_rows(rows: Vec<Vec<u32>>) -> impl Iterator<Item = u32> {
    for row in rows {
        let cells = row.into_iter().map(|c| c * 2);
        for c in cells {
            yield_!(c);
        }
    }
}
