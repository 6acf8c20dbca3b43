// error: `yield_!` takes one expression, the value to yield: unexpected end of input, expected parentheses
gen! {
let mut buf = std :: collections :: VecDeque :: new () ; for x in it { buf . push_back (x) ; if buf . len () > n { buf . pop_front () ; } if buf . len () == n { yield_ ! (buf . iter () . cloned () . collect ::< Vec < _ >>) ; } }
}
