// error: this loop borrows `items`, a local of the generator, across a `yield_!`
#[generator]
fn chunks < T : Clone , I , const N : usize > (items : I , # [resume] __r : u32) -> impl Generator < u32 , Yield = Vec < T > > where I : IntoIterator < Item = T > , T : Send + 'static , { let mut chunk = Vec :: with_capacity (N) ; for item in & items { chunk . push (item) ; if chunk . len () == N { yield_ ! (std :: mem :: take (& mut chunk)) ; } } if ! chunk . is_empty () { yield_ ! (chunk) ; } }
