// error: `continue` outside of a loop
#[generator]
async fn tail () { continue }
