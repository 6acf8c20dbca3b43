// error: `crate` is given twice
#[generator(crate = x , crate = y)]
fn g (n : u32 , mut v : Vec < u32 >) -> impl Iterator < Item = u32 > { println ! ("{}" , 8) ; 4 }
