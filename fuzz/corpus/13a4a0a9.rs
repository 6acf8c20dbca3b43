// error: a generator cannot promise `path`
#[generator]
fn opt () -> impl path < Item = u8 > { for x in v { } return ; }
