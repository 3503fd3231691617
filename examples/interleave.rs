//! Benchmark (not a test): whole processes timed in turn, round after round, so that every command
//! meets the same machine. On a shared virtual machine whose speed drifts from one minute to the
//! next, `hyperfine`'s sets (all runs of one command, then all of the next) measure the drift as
//! much as the commands; taking turns cancels it.
//!
//! ```text
//! cargo run --release --example interleave -- ROUNDS CMD ARG… [';;' CMD ARG…]…
//! ```
//!
//! Each command runs ROUNDS times (after two rounds not counted), its output thrown away, and the
//! median, quartiles and the ratio of each median to the last command's are printed. Example
//! (BENCHMARKS.md, "Start-up and compare"):
//!
//! ```text
//! cargo run --release --example interleave -- 300 target/release/klausul compare -f json A.txt B.txt ';;' \
//!     git diff --no-index --word-diff A.txt B.txt
//! ```

use std::process::{Command, Stdio};
use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(rounds) = args.first().and_then(|r| r.parse::<usize>().ok()).filter(|&r| r > 0) else {
        eprintln!("usage: interleave ROUNDS CMD ARG… [';;' CMD ARG…]…");
        std::process::exit(2);
    };
    let commands: Vec<&[String]> = args[1..].split(|a| a == ";;").filter(|c| !c.is_empty()).collect();
    if commands.is_empty() {
        eprintln!("interleave: no command given");
        std::process::exit(2);
    }
    let mut times: Vec<Vec<f64>> = vec![Vec::with_capacity(rounds); commands.len()];
    for round in 0..rounds + 2 {
        for (c, command) in commands.iter().enumerate() {
            let start = Instant::now();
            let status = Command::new(&command[0]).args(&command[1..]).stdout(Stdio::null()).stderr(Stdio::null()).status();
            let ms = start.elapsed().as_secs_f64() * 1000.0;
            if let Err(e) = status {
                eprintln!("interleave: {}: {e}", command[0]);
                std::process::exit(2);
            }
            if round >= 2 {
                times[c].push(ms);
            }
        }
    }
    let quartile = |t: &[f64], q: usize| t[(t.len() - 1) * q / 4];
    for t in &mut times {
        t.sort_by(f64::total_cmp);
    }
    let reference = quartile(&times[times.len() - 1], 2);
    for (command, t) in commands.iter().zip(&times) {
        let median = quartile(t, 2);
        println!(
            "{:<60} median {median:8.3} ms  q1 {:8.3}  q3 {:8.3}  ÷ last {:5.2}",
            command.join(" ").chars().take(60).collect::<String>(),
            quartile(t, 1),
            quartile(t, 3),
            median / reference
        );
    }
}
