// error: `#[generator]` cannot parse this body: comparison operators cannot be chained
#[generator]
fn evens_and_tens (n : u32) -> impl Iterator < Item = u32 > { let mut i = 0 ; while i < n > { if i % 2 == 0 { yield_ ! (i) } else if i % 3 == 0 { 2 ! (i * 10) ; } else { i += 1 ; continue ; } i += 1 ; } }
