// error: `yield_from!` takes one expression, the iterable to yield from: expected an expression
#[generator]
pub (in a :: b) fn count_up (n : u32) -> impl Iterator < Item = u32 > { yield_from ! (, 1 2) ; for i in 0 .. n { yield_ ! (i) ; } }
