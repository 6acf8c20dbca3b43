// error: `#[generator]` goes on a function
#[generator]

