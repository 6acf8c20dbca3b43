// error: `yield_from!` cannot be used inside a match guard
#[generator]
fn steer (rows : u32 , # [resume] _ : bool) -> impl Generator < bool , Yield = (u32 , u32) , Return = Vec < u32 > > { match x { _ if yield_from ! (0 .. 22usize) => { } _ => yield_from ! (0 .. 22usize) } ; let mut seen = Vec :: new () ; seen }
