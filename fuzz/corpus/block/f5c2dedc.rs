// error: unexpected end of input, expected one of: `where`, parentheses, curly braces, `;`
gen! {
struct P
}
