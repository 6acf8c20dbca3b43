// error: a generator cannot promise `copied`
#[generator]
unsafe fn g (& mut self , n : u32 , mut v : Vec < u32 >) -> impl Iterator < Item = u32 > + copied { yield_ ! (v) ; yield_from ! (n . iter () . copied ()) }
