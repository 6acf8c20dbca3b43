// error: `next` borrows `first`, a local of the generator, and is used after a `yield_!`
#[generator]
fn windows < T , G , const N : usize > (inner : G , # [resume] first : T) -> impl Generator < T , Yield = [T ; N] , Return = usize > where T : Copy + Default , G : Generator < T , Yield = [T ; N] , Return = usize > , { let mut buf = [T :: default () ; N] ; let mut next = & first ; let got = yield_from ! (inner , next) ; loop { buf . rotate_left (1) ; buf [N - 1] = next ; next = yield_ ! (buf) ; if got == N { return got ; } } }
