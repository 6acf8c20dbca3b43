// error: expected `,`
gen! {
(x x)
}
