// error: this coroutine is resumed with `(b)`, and no parameter receives the first resume value
#[generator]
fn chunks < T : Clone , I , const N : usize > (items : I) -> impl Generator < (b) , Yield = Vec < T > , Return = Option < u32 > > + '_ where I : IntoIterator < Item = T > , T : Send + 'static , { let mut chunk = Vec :: with_capacity (N) ; for item in items { chunk . push (item) ; if chunk . len () == N { yield_ ! (std :: mem :: take (& mut chunk)) ; } } ; if ! chunk . is_empty () { yield_ ! (chunk) ; } }
