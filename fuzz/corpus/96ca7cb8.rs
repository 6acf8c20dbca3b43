// error: `yield_from!` takes one expression, the iterable to yield from: expected identifier, found keyword `else`
#[generator]
fn late (c : bool) -> impl Iterator < Item = u32 > { let yield_from ! [{ gen_core :: yield_ ! (1) ; :: gen_core :: else __fuzz_none_group ! { vec ! [2 , 3] } ; my :: reexport :: gen_core :: yield_ ! (7i32) ; }] ; x ; if c { x = [self ; 3] ; } else { x = 2 ; } ; yield_ ! (x) ; 'b : loop { let x = x + 1 ; yield_ ! (x) ; let s = yield_ ! { String :: new } () ; let s = s . len () as u32 ; yield_ ! (s) ; ; break 'b ; } }
