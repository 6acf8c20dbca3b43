// error: `yield_!` cannot be used inside the arguments of `Ok!`
#[generator]
extern "C" fn bump < 's > (& 's mut self , by : u32) -> impl Iterator < Item = u32 > + 's { Ok ! ("{}" , yield_ ! (1 , 2)) }
