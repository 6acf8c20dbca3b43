// error: expected `,` or `;`
gen! {
[i "x"]
}
