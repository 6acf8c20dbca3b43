//! A round-robin scheduler: generators as cooperative tasks.
//!
//! Each task is a generator boxed as `Box<dyn Iterator<Item = String>>`; each
//! `yield_!` is the point where a task gives up its turn. The scheduler, itself
//! a generator, keeps the tasks in a `VecDeque`, runs the front task one step,
//! and puts it at the back unless it has finished. The output shows the
//! tasks taking turns, and the queue shrinking as they finish.
use std::collections::VecDeque;

use gen_core::generator;

/// A task: anything that makes one step per `next()` and reports it.
type Task = Box<dyn Iterator<Item = String>>;

/// A task that does `steps` steps of work named `name`, then says it is done.
#[generator]
fn worker(name: &'static str, steps: u32) -> Box<dyn Iterator<Item = String>> {
    for step in 1..=steps {
        yield_!(format!("{name}: step {step} of {steps}"));
    }
    yield_!(format!("{name}: done"));
}

/// A task that counts down from `from` and then announces lift-off.
#[generator]
fn countdown(from: u32) -> impl Iterator<Item = String> {
    let mut n = from;
    while n > 0 {
        yield_!(format!("countdown: {n}"));
        n -= 1;
    }
    yield_!("countdown: lift-off!".to_string());
}

/// Runs `tasks` one step at a time in turn until all have finished, yielding
/// what each step reports along with the number of tasks still scheduled.
#[generator]
fn round_robin(tasks: Vec<Task>) -> impl Iterator<Item = (usize, String)> {
    let mut queue = VecDeque::from(tasks);
    while let Some(mut task) = queue.pop_front() {
        if let Some(report) = task.next() {
            yield_!((queue.len() + 1, report));
            queue.push_back(task);
        }
    }
}

fn main() {
    let tasks: Vec<Task> = vec![
        worker("download", 4),
        worker("parse", 2),
        Box::new(countdown(3)),
        Box::new((1..=3).map(|i| format!("plain iterator: item {i}"))),
    ];
    let mut turns = 0;
    for (running, report) in round_robin(tasks) {
        turns += 1;
        println!("turn {turns:>2} [{running} scheduled] {report}");
    }
    println!("all tasks finished after {turns} turns");
}
