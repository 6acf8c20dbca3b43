// error: a generator cannot promise `gen_core`
#[generator]
fn y () -> impl gen_core < Item = u8 > { Vec }
