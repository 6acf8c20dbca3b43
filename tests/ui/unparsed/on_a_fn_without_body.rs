use gen_core::generator;

trait Numbers {
    #[generator]
    fn numbers(&self) -> impl Iterator<Item = u32>;
}

fn main() {}
