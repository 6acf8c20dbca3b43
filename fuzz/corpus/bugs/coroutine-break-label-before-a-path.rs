// unparsable: expected loop or block expression
// valid Rust that rustc accepts, but syn does not parse the expansion: `break '__exit2 ::gen_core::__private::resumed::<u32>(__resumed)` (syn reads the `:` of `::` as a label's colon); found by gen-fuzz --mode coroutine at 4cf9e0f, 9344282; fixed in c42433e
#[generator]
fn g(#[resume] r: u32) -> impl Generator<u32, Yield = u32, Return = u32> { loop { break yield_!(1); } }
