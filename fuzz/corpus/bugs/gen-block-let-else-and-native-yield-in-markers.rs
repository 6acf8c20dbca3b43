// valid
// fixed after fe19ab3 (found by gen-difftest --mode block): native `yield` in a marker's argument was rejected as a keyword; a let-else whose initializer suspends expanded to `}` before `else`
gen! {
let Some(x) = Some({ yield 1; 2 }) else { return; }; yield_from!(0..{ yield x; 2 }); yield_!({ yield 7; x });
}
