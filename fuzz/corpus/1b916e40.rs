// error: a generator cannot promise `f`
#[generator]
fn g (& mut self , n : u32 , mut v : Vec < u32 >) -> impl Iterator < Item = u32 > + f { (n . min ({ ((loop { break yield_ ! (self . f) ; }) + (self . f . min ({ (- ((self + yield_ ! (69usize)) . f as i64) as u32) }))) })) ; }
