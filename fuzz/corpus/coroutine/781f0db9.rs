// error: `#[generator]` cannot parse this body: expected one of: identifier, `::`, `<`, `_`, literal, `const`, `ref`, `mut`, `&`, parentheses, square brackets, `..`, `const`
#[generator]
fn drain (mut self) -> impl Generator < Yield = u32 > + Send { while let , Some }
