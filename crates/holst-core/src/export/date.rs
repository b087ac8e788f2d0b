//! Today's date for page headers, in the local time zone.
//!
//! The zone's offset from UTC is read once, at the start of `main` before any thread
//! starts ([`capture_local_offset`]): the C library's `localtime_r` the `time` crate reads
//! it with is not safe while another thread may change the environment, so `time`
//! refuses to read it in a process with several threads. Without it, dates are UTC.

use std::sync::OnceLock;

use time::{OffsetDateTime, UtcOffset};

use crate::model::Lang;

/// The local zone's offset, as read at start-up.
static LOCAL_OFFSET: OnceLock<UtcOffset> = OnceLock::new();

/// Reads the local zone's offset from UTC and keeps it for [`today`]. Call it first
/// thing in `main`, while the process has one thread; later calls, and a zone that
/// cannot be read, change nothing (dates are then UTC).
pub fn capture_local_offset() {
    if let Ok(offset) = UtcOffset::current_local_offset() {
        let _ = LOCAL_OFFSET.set(offset);
    }
}

/// The local zone's offset kept by [`capture_local_offset`]; UTC when none was kept.
pub fn local_offset() -> UtcOffset {
    LOCAL_OFFSET.get().copied().unwrap_or(UtcOffset::UTC)
}

/// The civil date (year, month 1-12, day 1-31) of the instant `now` in the zone `offset`.
pub fn local_date(now: OffsetDateTime, offset: UtcOffset) -> (i64, u32, u32) {
    let date = now.to_offset(offset).date();
    (
        i64::from(date.year()),
        u32::from(u8::from(date.month())),
        u32::from(date.day()),
    )
}

/// A date as people write it: `14.03.2025` in Russian, `2025-03-14` in English.
pub fn format_date(lang: Lang, (year, month, day): (i64, u32, u32)) -> String {
    crate::i18n::Message::new("pdf-date")
        .arg("year", year.to_string())
        .arg("month", format!("{month:02}"))
        .arg("day", format!("{day:02}"))
        .text(lang)
}

/// Today's date in the local zone (see [`capture_local_offset`]), formatted for `lang`.
pub fn today(lang: Lang) -> String {
    format_date(lang, local_date(OffsetDateTime::now_utc(), local_offset()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(unix: i64) -> OffsetDateTime {
        OffsetDateTime::from_unix_timestamp(unix).expect("a valid instant")
    }

    #[test]
    fn the_date_is_the_one_of_the_zone_not_of_utc() {
        // 2024-03-14 22:30 UTC.
        let now = at(1_710_455_400);
        let utc = UtcOffset::UTC;
        let moscow = UtcOffset::from_hms(3, 0, 0).expect("offset");
        let new_york = UtcOffset::from_hms(-4, 0, 0).expect("offset");
        assert_eq!(local_date(now, utc), (2024, 3, 14));
        assert_eq!(local_date(now, moscow), (2024, 3, 15));
        assert_eq!(local_date(now, new_york), (2024, 3, 14));
        // 2024-03-15 02:00 UTC is still the 14th in New York.
        assert_eq!(local_date(at(1_710_468_000), new_york), (2024, 3, 14));
        assert_eq!(format_date(Lang::Ru, local_date(now, moscow)), "15.03.2024");
        assert_eq!(format_date(Lang::En, local_date(now, moscow)), "2024-03-15");
        // New Year's Eve rolls the year over in the zone ahead of UTC only.
        let eve = at(1_735_678_800); // 2024-12-31 21:00 UTC
        assert_eq!(local_date(eve, moscow), (2025, 1, 1));
        assert_eq!(local_date(eve, utc), (2024, 12, 31));
    }

    #[test]
    fn known_days_format_in_each_language() {
        assert_eq!(local_date(at(0), UtcOffset::UTC), (1970, 1, 1));
        assert_eq!(local_date(at(951_782_400), UtcOffset::UTC), (2000, 2, 29));
        assert_eq!(format_date(Lang::Ru, (2024, 3, 5)), "05.03.2024");
        assert_eq!(format_date(Lang::En, (2024, 3, 5)), "2024-03-05");
    }
}
