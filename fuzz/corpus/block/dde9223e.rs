// error: `yield_!` takes one expression, the value to yield: expected parentheses
gen! {
let mut buf = std :: collections :: VecDeque :: new () ; for x in it { buf . push_back (x) ; if buf . len () > n { buf . pop_front () ; } if buf . len () == n { yield_ ! (buf . iter () . cloned () . collect ::< Vec < _ >> __fuzz_none_group ! { }) ; } }
}
