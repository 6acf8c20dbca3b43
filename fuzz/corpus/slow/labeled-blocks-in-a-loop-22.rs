// valid
// exponential time: each labeled block nested in a loop around a suspension point doubles the expansion time (22 blocks: 1.3 s in a release build, at 3aec43c and 94e8cd2); found by gen-fuzz --mode coroutine (deep nesting, 2 inputs over the 10 s watchdog); fixed in the commit after c42433e (block_diverges judges each statement once)
#[generator]
fn f() -> impl Iterator<Item = u8> { loop { 'l21: { 'l20: { 'l19: { 'l18: { 'l17: { 'l16: { 'l15: { 'l14: { 'l13: { 'l12: { 'l11: { 'l10: { 'l9: { 'l8: { 'l7: { 'l6: { 'l5: { 'l4: { 'l3: { 'l2: { 'l1: { 'l0: { yield_!(1) } } } } } } } } } } } } } } } } } } } } } }; break; } }
