// error: the iterator's item type is missing
#[generator]
pub fn f () -> impl Iterator { }
