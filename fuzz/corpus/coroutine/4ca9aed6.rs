// error: a generator cannot promise this bound
#[generator]
fn weigh (tree : & Tree , # [resume] _ : u32) -> impl for < 'a > Iterator < Item = & 'a u8 > { }
