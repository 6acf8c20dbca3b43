// error: this coroutine is resumed with `(_N)`, and no parameter receives the first resume value
#[generator]
fn bump < 's > (& 's mut self , by : u32) -> impl Generator < (_0) , Yield = u32 , Return = () > { unsafe { loop { self . n += by ; yield_ ! (self . n) ; if self . n > 100 { return ; } } } }
