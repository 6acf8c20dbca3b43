// slow: 3 s (release) at aedfbc9; the time grows about 3x per nesting level (10: 0.4 s, 14: 28 s)
// not a realistic depth, but the growth is exponential
#[generator]
fn f() -> impl Iterator<Item = u8> { for i0 in 0..2 { for i1 in 0..2 { for i2 in 0..2 { for i3 in 0..2 { for i4 in 0..2 { for i5 in 0..2 { for i6 in 0..2 { for i7 in 0..2 { for i8 in 0..2 { for i9 in 0..2 { for i10 in 0..2 { for i11 in 0..2 { yield_!(1); } } } } } } } } } } } } }
