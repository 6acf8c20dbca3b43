// error: `#[generator]` cannot parse this body: expected identifier, found keyword `struct`
#[generator]
fn evens_and_tens (n : u32) -> impl Iterator < Item = u32 > { let mut struct = 0 ; while i < n { if i % 2 == 0 { yield_ ! (i) } else if i % 3 == 0 { yield_ ! (i * 10) ; } else { i += 1 ; continue { ; } } i = + 1 ; } }
