//! A tokenizer written as a coroutine: it is handed one byte per `resume` and
//! answers each byte with the token that byte completes, if any.
//!
//! Input arrives in pieces (a socket, a pipe, a file read in blocks), and a
//! token may straddle two pieces. A push tokenizer written by hand keeps
//! "where was I" in an explicit state enum. Here the lexer is a plain loop
//! that asks for its next byte with `yield_!`; the half-read number or
//! identifier simply sits in a local between two `resume` calls.
//!
//! The protocol:
//!
//! - `resume(Some(byte))` sends one byte. The answer is `Yielded(Some(token))`
//!   when that byte ends a token (the lexer needs one byte of lookahead to know
//!   that `12` is over or that `*` is not `**`), else `Yielded(None)`.
//! - `resume(None)` marks the end of the input. It may still complete the last
//!   token (`Yielded(Some(token))`); send `None` again until the answer is
//!   `Complete(summary)`.
//! - A byte that no token can start with, or a number that does not fit in a
//!   `u64`, completes the coroutine at once with `Complete(Err(..))`.
//!
//! ```sh
//! cargo run --example tokenizer
//! ```
use gen_core::{Generator, GeneratorState, generator};

/// A token of a small arithmetic language: `x1 = (12 + y) ** 2 / z`.
#[derive(Clone, Debug, PartialEq)]
enum Token {
    Number(u64),
    Ident(String),
    Plus,
    Minus,
    Star,
    /// `**`, exponentiation
    Pow,
    Slash,
    LParen,
    RParen,
    Assign,
}

/// How the coroutine finishes when it reaches the end of its input.
#[derive(Debug, PartialEq)]
struct Summary {
    tokens: usize,
    bytes: usize,
}

/// Why the coroutine stopped early.
#[derive(Debug, PartialEq)]
enum LexError {
    Unexpected { byte: char, at: usize },
    NumberTooLarge { at: usize },
}

/// Tokenizes the bytes it is resumed with (see the protocol at the top).
#[generator]
fn tokenizer(
    #[resume] first: Option<u8>,
) -> impl Generator<Option<u8>, Yield = Option<Token>, Return = Result<Summary, LexError>> {
    // `byte` is the byte just received, at offset `at`; it has not been
    // answered yet. Each `yield_!` answers it and receives the next one.
    // `done` is the token `byte` completes: the answer owed for it.
    let mut byte = first;
    let mut at = 0;
    let mut done: Option<Token> = None;
    let mut tokens = 0;
    while let Some(b) = byte {
        let token = match b {
            b' ' | b'\t' | b'\r' | b'\n' => {
                byte = yield_!(done.take());
                at += 1;
                continue;
            }
            b'0'..=b'9' => {
                let start = at;
                let mut value = u64::from(b - b'0');
                loop {
                    byte = yield_!(done.take());
                    at += 1;
                    let Some(d @ b'0'..=b'9') = byte else { break };
                    value = value
                        .checked_mul(10)
                        .and_then(|v| v.checked_add(u64::from(d - b'0')))
                        .ok_or(LexError::NumberTooLarge { at: start })?;
                }
                Token::Number(value)
            }
            b'a'..=b'z' | b'A'..=b'Z' | b'_' => {
                let mut name = String::from(char::from(b));
                loop {
                    byte = yield_!(done.take());
                    at += 1;
                    match byte {
                        Some(c) if c.is_ascii_alphanumeric() || c == b'_' => {
                            name.push(char::from(c));
                        }
                        _ => break,
                    }
                }
                Token::Ident(name)
            }
            b'*' => {
                byte = yield_!(done.take());
                at += 1;
                if byte == Some(b'*') {
                    byte = yield_!(None);
                    at += 1;
                    Token::Pow
                } else {
                    Token::Star
                }
            }
            b'+' | b'-' | b'/' | b'(' | b')' | b'=' => {
                byte = yield_!(done.take());
                at += 1;
                match b {
                    b'+' => Token::Plus,
                    b'-' => Token::Minus,
                    b'/' => Token::Slash,
                    b'(' => Token::LParen,
                    b')' => Token::RParen,
                    _ => Token::Assign,
                }
            }
            _ => {
                return Err(LexError::Unexpected {
                    byte: char::from(b),
                    at,
                });
            }
        };
        // `byte` is the first byte after `token`: it is what completes it.
        tokens += 1;
        done = Some(token);
    }
    // The end marker completes the last token, if one is still open.
    if let Some(token) = done {
        yield_!(Some(token));
    }
    Ok(Summary { tokens, bytes: at })
}

/// Sends `bytes` to the tokenizer, pushing every token it completes onto `out`.
/// Returns the tokenizer's result if it stopped on one of these bytes.
fn feed(
    lexer: &mut impl Generator<Option<u8>, Yield = Option<Token>, Return = Result<Summary, LexError>>,
    bytes: &[u8],
    out: &mut Vec<Token>,
) -> Option<Result<Summary, LexError>> {
    for &b in bytes {
        match lexer.resume(Some(b)) {
            GeneratorState::Yielded(token) => out.extend(token),
            GeneratorState::Complete(result) => return Some(result),
        }
    }
    None
}

/// Sends the end marker until the tokenizer completes.
fn finish(
    lexer: &mut impl Generator<Option<u8>, Yield = Option<Token>, Return = Result<Summary, LexError>>,
    out: &mut Vec<Token>,
) -> Result<Summary, LexError> {
    loop {
        match lexer.resume(None) {
            GeneratorState::Yielded(token) => out.extend(token),
            GeneratorState::Complete(result) => return result,
        }
    }
}

fn main() {
    let source = b"x1 = (12 + y) ** 2 / z_max - 7*x1";

    // 1. The whole input at once, one byte per resume, showing each answer.
    let mut lexer = tokenizer();
    let mut whole = Vec::new();
    println!("byte  answer");
    for &b in source {
        let GeneratorState::Yielded(answer) = lexer.resume(Some(b)) else {
            unreachable!("the source is valid")
        };
        let shown = match &answer {
            Some(t) => format!("{t:?}"),
            None => "-".into(),
        };
        println!("{:>4}  {shown}", format!("{:?}", char::from(b)));
        whole.extend(answer);
    }
    let summary = finish(&mut lexer, &mut whole).expect("valid input");
    println!("end   {:?}", whole.last().expect("some tokens"));
    println!("summary: {summary:?}\n");
    assert_eq!(summary.tokens, whole.len());
    assert_eq!(summary.bytes, source.len());
    assert_eq!(
        whole[..6],
        [
            Token::Ident("x1".into()),
            Token::Assign,
            Token::LParen,
            Token::Number(12),
            Token::Plus,
            Token::Ident("y".into()),
        ]
    );

    // 2. The same text in chunks that cut tokens in half (`x|1`, `1|2`, `*|*`,
    //    `z_m|ax`): the coroutine keeps the half-read token between chunks.
    let chunks: [&[u8]; 5] = [b"x", b"1 = (1", b"2 + y) *", b"* 2 / z_m", b"ax - 7*x1"];
    assert_eq!(chunks.concat(), source);
    let mut lexer = tokenizer();
    let mut chunked = Vec::new();
    for chunk in chunks {
        let before = chunked.len();
        assert!(feed(&mut lexer, chunk, &mut chunked).is_none());
        println!(
            "chunk {:<14} -> {:?}",
            format!("{:?}", String::from_utf8_lossy(chunk)),
            &chunked[before..]
        );
    }
    let summary = finish(&mut lexer, &mut chunked).expect("valid input");
    println!(
        "end                  -> {:?}",
        chunked.last().expect("tokens")
    );
    println!("summary: {summary:?}\n");
    assert_eq!(chunked, whole);

    // 3. Bad input completes the coroutine early, through `return Err(..)` or `?`.
    for bad in [&b"a + $b"[..], b"99999999999999999999 + 1"] {
        let mut lexer = tokenizer();
        let mut got = Vec::new();
        let result =
            feed(&mut lexer, bad, &mut got).unwrap_or_else(|| finish(&mut lexer, &mut got));
        println!(
            "{:?}: tokens before the error {got:?}, result {result:?}",
            String::from_utf8_lossy(bad)
        );
        assert!(result.is_err());
    }
}
