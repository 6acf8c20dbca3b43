// error: `#[generator]` cannot parse this body: unexpected end of input, expected `fn`
#[generator]
fn g (& mut self , # [resume] _ : u32 , n : u32 , mut v : Vec < u32 >) -> impl Generator < u32 , Yield = u32 , Return = u32 > { let x3 = yield_ ! ((| x : u32 | x + yield_ ! (yield_ ! (v))) (v)) ; 'l1 : { while (n . len () as u32) > self . f { 'l2 : { self . f ; 0 } 'l3 : for x3 in 0 .. n { break 'l1 ; { return ; (self . f . len () as u32) } } } ((- (yield_ ! (1) as i64) as u32) as u64) as unsafe } }
