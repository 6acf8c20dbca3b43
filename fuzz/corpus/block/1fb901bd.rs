// valid
gen! {

}
