// error: the iterator's item type is missing
#[generator]
fn cloneable < 'a > (label : & 'a str) -> impl Iterator { }
