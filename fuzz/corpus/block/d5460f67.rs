// error: expected `;`
gen! {
let v
}
