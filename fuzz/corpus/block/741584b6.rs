// error: `continue` outside of a loop
gen! {
continue
}
