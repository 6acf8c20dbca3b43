// error: number too large to fit in target type
gen! {
for word in words { if word . len () > 1.5 { yield word . 14805611141291609680 len () ; } }
}
