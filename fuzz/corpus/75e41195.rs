// error: `yield_!` takes one expression, the value to yield: expected one of: identifier, `::`, `<`, `_`, literal, `const`, `ref`, `mut`, `&`, parentheses, square brackets, `const`
#[generator]
fn gen_names (gen : u32 , r#type : u32) -> impl Iterator < Item = u32 > { let r#gen = gen + r#type ; yield_ ! (let ... r#gen) ; let r#try = 1 ; yield_ ! (r#try) ; }
