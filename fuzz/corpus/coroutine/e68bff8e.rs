// error: `#[generator]` cannot parse this body: expected one of: curly braces, `:`, `where`, `=`
#[generator]
fn g (& mut self , n : u32 , mut v : Vec < u32 >) -> Box < dyn Generator < Yield = u32 , Return = u32 > > { trait yield_ ! (v) ; f (* (& ({ yield_ ! (v) ; yield_ ! (3) })) , yield_ ! (v)) }
