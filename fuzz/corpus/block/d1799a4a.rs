// error: `yield_!` takes one expression, the value to yield: at least one trait is required for an object type
gen! {
yield_from ! (n += yield_from ! (v . iter () . copied ())) ; yield_ ! ((words . len () as 'static u32)) ;
}
