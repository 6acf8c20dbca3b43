// valid
// fixed after fe19ab3 (found by gen-fuzz --mode coroutine and gen-difftest): a let-else whose initializer suspends expanded to `}` before `else`
#[generator]
fn g() -> impl Generator<Yield = u32, Return = u32> { let Some(x) = Some({ yield_!(1); 2 }) else { return 0; }; let y = (x, yield_!(x)) else { return 1; }; x }
