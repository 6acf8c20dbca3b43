// error: `yield_from!` takes one expression, the iterable to yield from: expected loop or block expression
#[generator]
pub fn into_gen (self : Self) -> impl i < Item = b > + Clone { let v = yield_from ! ('b : =) ; }
