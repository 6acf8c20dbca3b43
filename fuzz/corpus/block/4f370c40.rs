// error: `yield_from!` takes one expression, the iterable to yield from: expected `,` or `;`
gen! {
for word in words { if yield_from ! ([word yield_ ! (1 , 2)] . len () > 3) { yield word . len () ; } } .. yield_ ! () ;
}
