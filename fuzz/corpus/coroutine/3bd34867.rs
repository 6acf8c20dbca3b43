// error: a generator must say what it yields: add a return type such as `-> impl Iterator<Item = uN>`
#[generator]
fn outer () { }
