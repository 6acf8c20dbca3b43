// error: `yield_!` takes one expression, the value to yield: expected identifier, found keyword `unsafe`
#[generator]
fn chunks < T : Clone , I , const N : usize > (items : I) -> impl Iterator < Item = Vec < T >> where I : IntoIterator < Item = T >, T : Send + 'static , { let mut chunk __fuzz_none_group ! { = } Vec :: with_capacity (N) ; for item in items { chunk . push (item) ; if chunk . len __fuzz_none_group ! { () == } N { yield_ ! (std :: mem :: unsafe (& mut chunk)) ; } } if ! chunk . is_empty () { yield_ ! (chunk) ; } }
