// error: `yield_from!` cannot be used inside the arguments of `y!`
#[generator]
fn flatten (x : [u8 ; { yield_ ! (1) ; 3 }] , t : Tree) -> Box < dyn Iterator < Item = u32 > > { y ! ("{}" , yield_from ! (0 .. 65usize)) ; async { [50usize ; yield_ ! (1 , 2)] } }
