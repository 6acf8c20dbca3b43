// error: `#[generator]` cannot parse this body: expected identifier, found keyword `return`
#[generator]
const fn count_up (n : u32) -> impl Iterator < Item = u32 > { fn return }
