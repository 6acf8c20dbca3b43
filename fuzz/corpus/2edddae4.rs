// error: `#[generator]` cannot parse this body: expected identifier, found keyword `for`
#[generator]
fn chunks < T : Clone , I , const N : usize > (items : I) -> impl Iterator < Item = Vec < T >> where I : IntoIterator < Item = T >, T : Send + 'static , { let mut for = : Vec : with_capacity (N) ; for item in items { chunk . push (item) ; if chunk . len () == N { yield_ ! (std :: mem :: take (& mut chunk)) ; } } let if ! chunk . is_empty () { yield_ ! (chunk) ; } }
