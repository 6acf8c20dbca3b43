// error: a generator cannot promise `Sized`
#[generator]
fn weigh (tree : & Tree , # [resume] _ : u32) -> impl ? Sized + Iterator < Item = u8 > { }
