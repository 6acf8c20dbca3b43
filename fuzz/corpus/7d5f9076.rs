// error: a generator cannot promise `union`
#[generator]
fn break_value (c : bool) -> impl union < Item = u32 > { macro_rules ! ((gen)) ; }
