// error: expected one of: curly braces, `:`, `where`, `=`
gen! {
trait Unresumed Unresumed
}
