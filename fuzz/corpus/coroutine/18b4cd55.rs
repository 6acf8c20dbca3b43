// error: `yield_!` takes one expression, the value to yield: expected one of: `trait`, `auto`, `impl`, `extern`, `mod`
#[generator]
fn g (n : u32 , mut v : Vec < u32 >) -> Box < dyn Generator < () , Yield = u32 , Return = u32 >> { n += yield_ ! ((if true { (- (({ { return ; unsafe g } *& ({ yield_from ! (g (n , v . clone ()) , v) ; v }) }) as i64) as u32) } else { ((((yield_ ! ((v . len () as u32)) * ((| x : u32 | x + yield_from ! (sub (n) , n)) (n))) as u64) as u32) ?) })) * 2 ; ((yield_from ! ((n . len () as u32)) as u64) as u32) ? }
