use gen_core::r#gen;

fn main() {
    let words = vec![String::from("a"), String::from("b")];
    let lengths = r#gen! {
        for w in &words {
            yield w.len();
        }
    };
    println!("{} words", words.len());
    let _: Vec<usize> = lengths.collect();
}
