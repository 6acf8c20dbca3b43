// error: `#[generator]` cannot parse this body: expected identifier, found keyword `use`
#[generator]
fn evens_and_tens (n : u32) -> impl Iterator < Item = u32 > { let mut use u32 = }
