// error: `#[generator]` cannot parse this body: expected one of: identifier, `::`, `<`, `_`, literal, `const`, `ref`, `mut`, `&`, parentheses, square brackets, `const`
#[generator]
fn cloneable < 'a > (label : & 'a str , # [resume] first : u32) -> dyn Generator < u32 , Yield = u32 > { let ... mut seen = vec ! [first] ; loop { let n = yield_ ! (label . (seen . len ())) ; if n == 0 { return seen ; } seen } }
