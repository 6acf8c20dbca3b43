// error: expected `where` or `;`
gen! {
struct Some (first) = (if yield_from ! == () { items . first () } else { items . first () () }) else { return ; } ; yield Ok (* r#match) ; for s in strings { let n : }
}
