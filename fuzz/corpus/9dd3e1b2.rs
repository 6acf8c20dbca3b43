// error: a generator cannot promise `tasks`
#[generator]
fn round_robin (mut tasks : Vec < Box < dyn Iterator < Item = u32 > > > , (a , b) : (u8 , u8)) -> impl tasks < Item = u32 > { while ! tasks . is_empty () { let mut i = 0 ; while i < tasks . len () { match [yield_ [i] . next () ; yield_from ! (0 .. 2usize)] { Some (x) => { yield_ ! (x) ; i += 1 ; } None => { tasks . remove (i) ; } } } } }
