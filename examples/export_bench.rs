//! How long a PDF export takes: every template (all its versions), on each paper size.
//!
//! Run with `cargo run --release --example export_bench [RUNS]` (default 10 runs).
//! Prints, per template and paper, the pages, the PDF size, and the mean and best time
//! of one export (layout and PDF), plus the layout step alone.

use std::time::{Duration, Instant};

use holst::export::{Paper, PdfOptions, layout_pages, render_pdf};
use holst::templates::TEMPLATES;

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn main() {
    let runs: u32 = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(10)
        .max(1);
    println!("{runs} runs each; times per export");
    println!(
        "{:<20} {:<7} {:>5} {:>8} {:>10} {:>10} {:>10}",
        "template", "paper", "pages", "KB", "mean ms", "best ms", "layout ms"
    );
    for t in TEMPLATES {
        let model = match t.model() {
            Ok(m) => m,
            Err(e) => {
                eprintln!("{}: {e}", t.id);
                continue;
            }
        };
        for paper in Paper::ALL {
            let opts = PdfOptions {
                paper,
                date: "01.01.2025".into(),
                ..PdfOptions::default()
            };
            let mut total = Duration::ZERO;
            let mut best = Duration::MAX;
            let mut size = 0;
            for _ in 0..runs {
                let start = Instant::now();
                match render_pdf(&model, &opts) {
                    Ok(bytes) => size = bytes.len(),
                    Err(e) => {
                        eprintln!("{}: {e}", t.id);
                        return;
                    }
                }
                let d = start.elapsed();
                total += d;
                best = best.min(d);
            }
            let start = Instant::now();
            let pages = layout_pages(&model, &opts).map_or(0, |p| p.len());
            let layout = start.elapsed();
            println!(
                "{:<20} {:<7} {:>5} {:>8.1} {:>10.1} {:>10.1} {:>10.2}",
                t.id,
                paper.id(),
                pages,
                size as f64 / 1024.0,
                ms(total) / f64::from(runs),
                ms(best),
                ms(layout)
            );
        }
    }
}
