// error: expected one of: `where`, parentheses, curly braces, `;`
gen! {
struct yield_ ! ;
}
