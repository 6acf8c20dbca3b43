// error: `break` outside of a loop
gen! {
break
}
