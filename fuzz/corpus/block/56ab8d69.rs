// error: unexpected token, expected `;`
gen! {
y y
}
