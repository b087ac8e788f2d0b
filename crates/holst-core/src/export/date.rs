//! Today's date for page headers, from the system clock (UTC), without a date crate.

use std::time::{SystemTime, UNIX_EPOCH};

use crate::model::Lang;

/// The civil date (year, month 1-12, day 1-31) of a day counted from 1970-01-01.
///
/// Howard Hinnant's `civil_from_days`, valid for any day a file can carry.
pub fn civil_date(days_since_epoch: i64) -> (i64, u32, u32) {
    let z = days_since_epoch + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month as u32, day as u32)
}

/// A date as people write it: `14.03.2025` in Russian, `2025-03-14` in English.
pub fn format_date(lang: Lang, (year, month, day): (i64, u32, u32)) -> String {
    crate::i18n::Message::new("pdf-date")
        .arg("year", year.to_string())
        .arg("month", format!("{month:02}"))
        .arg("day", format!("{day:02}"))
        .text(lang)
}

/// Today's date (UTC) formatted for `lang`.
pub fn today(lang: Lang) -> String {
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let days = i64::try_from(secs / 86_400).unwrap_or(0);
    format_date(lang, civil_date(days))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_days_map_to_their_dates() {
        assert_eq!(civil_date(0), (1970, 1, 1));
        assert_eq!(civil_date(59), (1970, 3, 1));
        assert_eq!(civil_date(11_016), (2000, 2, 29));
        assert_eq!(civil_date(19_797), (2024, 3, 15));
        assert_eq!(civil_date(-1), (1969, 12, 31));
        assert_eq!(format_date(Lang::Ru, (2024, 3, 5)), "05.03.2024");
        assert_eq!(format_date(Lang::En, (2024, 3, 5)), "2024-03-05");
    }
}
