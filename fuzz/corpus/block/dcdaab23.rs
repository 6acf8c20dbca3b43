// error: at least one trait is required for an object type
gen! {
<< 'outer
}
