#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| holst_fuzz::canvas_read(data));
