//! Datelines: the place, wire and date an article's paragraph opens with, before its first
//! sentence. They are page furniture for the statement finder (cut off the paragraph), the
//! outlet's name for the label guess, and the article's own date for conflicts and occasions.
//!
//! | line opens with | place | outlet | date |
//! |---|---|---|---|
//! | `date 2031-03-03 ` (a stored page's stamp) | | | 2031-03-03 |
//! | `LISBON (Harbour Post) – ` | LISBON | Harbour Post | |
//! | `PORTO, Portugal (AP) — ` | PORTO, Portugal | AP | |
//! | `(Reuters) - ` | | Reuters | |
//! | `GENEVA — `, `ROME: ` | GENEVA, ROME | | |
//! | `Lisbon, Mar 3: `, `Lisbon, March 3, 2031 – ` | Lisbon | | March 3 (2031) |
//! | `Monday, March 3, 2031 – ` | | | Monday, March 3, 2031 |
//!
//! A capitalised phrase before a dash that is neither in capitals nor dated (`The minister —
//! who …`) is not a dateline. Cost: a look at the first few words of each line.

use super::lexicon::{MONTHS, WEEKDAYS};
use super::model::Span;
use super::platform::floor_char_boundary;
use crate::engine::normalize::Lowercase;

/// A calendar date as an article gives it: any of its parts may be missing.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Date {
    /// The year (`2031`).
    pub year: Option<u16>,
    /// The month, 1–12.
    pub month: Option<u8>,
    /// The day of the month, 1–31.
    pub day: Option<u8>,
    /// The weekday, 0 (Monday) – 6 (Sunday).
    pub weekday: Option<u8>,
}

impl Date {
    /// True when no part is known.
    pub fn is_empty(&self) -> bool {
        *self == Date::default()
    }

    /// Days since 1 January of year 0 (proleptic Gregorian), when year, month and day are known.
    pub fn day_number(&self) -> Option<i64> {
        let (y, m, d) = (
            i64::from(self.year?),
            i64::from(self.month?),
            i64::from(self.day?),
        );
        // Days from civil (H. Hinnant's algorithm), shifted so March is the first month.
        let y = if m <= 2 { y - 1 } else { y };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        Some(era * 146_097 + doe)
    }

    /// The date of a day number of [`Date::day_number`], with its weekday.
    pub fn from_day_number(z: i64) -> Date {
        // Civil from days (H. Hinnant's algorithm), the inverse of `day_number`.
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        // 1 January 1970 was a Thursday (3, counting Monday as 0).
        let epoch = Date {
            year: Some(1970),
            month: Some(1),
            day: Some(1),
            weekday: None,
        }
        .day_number()
        .unwrap_or(0);
        Date {
            year: u16::try_from(year).ok(),
            month: Some(month as u8),
            day: Some(day as u8),
            weekday: Some((z - epoch + 3).rem_euclid(7) as u8),
        }
    }
}

/// A dateline at the start of a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dateline {
    /// The whole dateline, its separator (`—`, `:`) and the space after it included.
    pub span: Span,
    /// The outlet or wire named in brackets (`Harbour Post`, `AP`).
    pub outlet: Option<Span>,
    /// The date it gives.
    pub date: Date,
    /// True for a place in capitals before a colon (`ROME: `), which a transcript's speaker
    /// label (`SORKIN: `) looks just like: the caller tells them apart by how often it occurs.
    pub colon_capitals: bool,
}

/// The month (1–12) a word names: the full name or an abbreviation (`Sept.`, `Mar`).
pub fn month_of(word: &str) -> Option<u8> {
    let w = word.trim_end_matches('.').lowercase();
    if w.len() < 3 {
        return None;
    }
    let found = MONTHS.iter().position(|m| {
        *m == w || (w.len() >= 3 && m.starts_with(&w) && (w.len() == 3 || w == "sept"))
    });
    found.map(|i| i as u8 + 1)
}

/// The month a word names when it is capitalised, as English writes months (`Jan.`,
/// `September`): `may` is a verb.
pub fn capitalised_month(word: &str) -> Option<u8> {
    word.starts_with(|c: char| c.is_uppercase())
        .then(|| month_of(word))
        .flatten()
}

/// The day of the month (1–31) a word gives in digits (`30`).
pub fn day_of_month(word: &str) -> Option<u8> {
    word.parse::<u8>().ok().filter(|d| (1..=31).contains(d))
}

/// The weekday (0 = Monday) a word names.
pub fn weekday_of(word: &str) -> Option<u8> {
    let w = word.trim_end_matches('.').lowercase();
    WEEKDAYS.iter().position(|d| *d == w).map(|i| i as u8)
}

/// A `YYYY-MM-DD` (or `YYYY-MM`) stamp.
fn iso_date(word: &str) -> Option<Date> {
    let mut parts = word.split('-');
    let year: u16 = parts.next()?.parse().ok()?;
    let month: u8 = parts.next()?.parse().ok()?;
    let day: Option<u8> = match parts.next() {
        Some(d) => Some(d.parse().ok()?),
        None => None,
    };
    ((1000..3000).contains(&year)
        && (1..=12).contains(&month)
        && day.is_none_or(|d| (1..=31).contains(&d)))
    .then_some(Date {
        year: Some(year),
        month: Some(month),
        day,
        weekday: None,
    })
}

/// The date that `words` spell (`Monday, March 3, 2031`, `3 March`, `Mar 3`), if they are
/// nothing but a date.
pub fn date_of_words(words: &[&str]) -> Option<Date> {
    let mut date = Date::default();
    for raw in words {
        let w = raw.trim_matches(|c: char| c == ',' || c == '.');
        if w.is_empty() {
            continue;
        }
        if let Some(d) = weekday_of(w) {
            date.weekday = Some(d);
        } else if let Some(m) = month_of(w) {
            date.month = Some(m);
        } else if let Ok(n) = w.parse::<u16>() {
            match n {
                1..=31 if date.day.is_none() => date.day = Some(n as u8),
                1000..=2999 => date.year = Some(n),
                _ => return None,
            }
        } else {
            return None;
        }
    }
    (date.month.is_some() || date.weekday.is_some()).then_some(date)
}

/// The dateline that `line` (starting at byte `start` of the text) opens with, if any.
pub fn find_dateline(line: &str, start: usize) -> Option<Dateline> {
    let lead = line.len() - line.trim_start().len();
    let s = &line[lead..];
    let at = |offset: usize| start + lead + offset;
    // A stored page's stamp: `date 2031-03-03 `.
    if let Some(rest) = s.strip_prefix("date ") {
        let word = rest.split_whitespace().next()?;
        let date = iso_date(word)?;
        let end = 5 + rest.find(word)? + word.len();
        let end = end + (s[end..].len() - s[end..].trim_start().len());
        return Some(Dateline {
            span: Span::new(at(0), at(end)),
            outlet: None,
            date,
            colon_capitals: false,
        });
    }
    // A separator within the first 60 bytes: ` — `, ` – `, ` - `, or `: `.
    let window = &s[..floor_char_boundary(s, 60)];
    let (head_end, sep_len) = ["—", "–", " - ", ": "]
        .iter()
        .filter_map(|sep| window.find(sep).map(|i| (i, sep.len())))
        .min()?;
    let head = s[..head_end].trim_end();
    let after = head_end + sep_len;
    let end = after + (s[after..].len() - s[after..].trim_start().len());
    if head.is_empty() && !s.starts_with('(') || s[end..].is_empty() {
        return None;
    }
    // An outlet in brackets at the end of the head: `LISBON (Harbour Post)`, `(AP)`.
    let (place, outlet) = match head
        .strip_suffix(')')
        .and_then(|h| h.rfind('(').map(|i| (h, i)))
    {
        Some((h, open)) => (h[..open].trim(), Some(Span::new(at(open + 1), at(h.len())))),
        None => (head, None),
    };
    let words: Vec<&str> = place.split_whitespace().collect();
    if words.len() > 7 {
        return None;
    }
    // `Lisbon, March 3, 2031`, `Monday, March 3, 2031`: a place or weekday, then a date.
    let (place_words, date) = match place.split_once(',') {
        Some((p, d)) => match date_of_words(&d.split_whitespace().collect::<Vec<_>>()) {
            Some(date) => (p.split_whitespace().collect::<Vec<_>>(), date),
            None => (words.clone(), Date::default()),
        },
        None => (words.clone(), Date::default()),
    };
    let (place_words, date) = match weekday_of(place_words.first().copied().unwrap_or("")) {
        Some(d) if place_words.len() == 1 => (
            Vec::new(),
            Date {
                weekday: Some(d),
                ..date
            },
        ),
        _ => (place_words, date),
    };
    let capitals =
        |w: &&str| w.chars().any(char::is_alphabetic) && !w.chars().any(char::is_lowercase);
    let place_in_capitals = !place_words.is_empty()
        && place_words.iter().all(capitals)
        && place_words.iter().map(|w| w.len()).sum::<usize>() >= 3;
    let titled = place_words
        .iter()
        .all(|w| w.chars().next().is_some_and(char::is_uppercase));
    let dated = !date.is_empty() && (place_words.is_empty() || titled);
    let wire = outlet.is_some() && (place_words.is_empty() || titled);
    // A place in capitals may be followed by a country: `PORTO, Portugal`.
    let place_then_country = place.split_once(',').is_some_and(|(p, c)| {
        let p: Vec<&str> = p.split_whitespace().collect();
        !p.is_empty() && p.iter().all(capitals) && c.split_whitespace().count() <= 3
    });
    let colon = s[head_end..].starts_with(':');
    (place_in_capitals || dated || wire || place_then_country).then_some(Dateline {
        span: Span::new(at(0), at(end)),
        outlet,
        date,
        colon_capitals: colon && place_in_capitals && !dated && !wire,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dateline(line: &str) -> Option<(String, Option<String>, Date)> {
        find_dateline(line, 0).map(|d| {
            (
                line[d.span.start..d.span.end].to_string(),
                d.outlet.map(|o| line[o.start..o.end].to_string()),
                d.date,
            )
        })
    }

    fn date(year: Option<u16>, month: Option<u8>, day: Option<u8>, weekday: Option<u8>) -> Date {
        Date {
            year,
            month,
            day,
            weekday,
        }
    }

    #[test]
    fn one_example_per_row_of_the_table() {
        let none = Date::default();
        let cases = [
            (
                "date 2031-03-03 Ships wait.",
                "date 2031-03-03 ",
                None,
                date(Some(2031), Some(3), Some(3), None),
            ),
            (
                "LISBON (Harbour Post) – Ships wait.",
                "LISBON (Harbour Post) – ",
                Some("Harbour Post"),
                none,
            ),
            (
                "PORTO, Portugal (AP) — Ships wait.",
                "PORTO, Portugal (AP) — ",
                Some("AP"),
                none,
            ),
            (
                "(Reuters) - Ships wait.",
                "(Reuters) - ",
                Some("Reuters"),
                none,
            ),
            ("GENEVA — Ships wait.", "GENEVA — ", None, none),
            ("ROME: Ships wait.", "ROME: ", None, none),
            (
                "Lisbon, Mar 3: Ships wait.",
                "Lisbon, Mar 3: ",
                None,
                date(None, Some(3), Some(3), None),
            ),
            (
                "Lisbon, March 3, 2031 – Ships wait.",
                "Lisbon, March 3, 2031 – ",
                None,
                date(Some(2031), Some(3), Some(3), None),
            ),
            (
                "Monday, March 3, 2031 – Ships wait.",
                "Monday, March 3, 2031 – ",
                None,
                date(Some(2031), Some(3), Some(3), Some(0)),
            ),
        ];
        for (line, span, outlet, want) in cases {
            let (got_span, got_outlet, got_date) =
                dateline(line).unwrap_or_else(|| panic!("{line}"));
            assert_eq!(got_span, span, "{line}");
            assert_eq!(got_outlet.as_deref(), outlet, "{line}");
            assert_eq!(got_date, want, "{line}");
        }
    }

    #[test]
    fn a_capitalised_phrase_before_a_dash_is_not_a_dateline() {
        for line in [
            "The minister — who has led the port since 2029 — said so.",
            "Ana Vale - the minister - spoke.",
            "At a press conference in Lisbon, Vale said: “Ships wait.”",
            "Ships wait.",
        ] {
            assert_eq!(dateline(line), None, "{line}");
        }
    }

    #[test]
    fn day_numbers_count_days() {
        let a = date(Some(2031), Some(3), Some(1), None)
            .day_number()
            .unwrap();
        let b = date(Some(2031), Some(2), Some(28), None)
            .day_number()
            .unwrap();
        assert_eq!(a - b, 1);
        let leap = date(Some(2032), Some(3), Some(1), None)
            .day_number()
            .unwrap()
            - date(Some(2032), Some(2), Some(28), None)
                .day_number()
                .unwrap();
        assert_eq!(leap, 2);
    }

    #[test]
    fn a_day_number_gives_its_date_and_weekday_back() {
        // 5 May 2029 is a Saturday; 29 February 2032 a Sunday.
        for (y, m, d, weekday) in [(2029, 5, 5, 5), (2032, 2, 29, 6), (1970, 1, 1, 3)] {
            let n = date(Some(y), Some(m), Some(d), None).day_number().unwrap();
            assert_eq!(
                Date::from_day_number(n),
                date(Some(y), Some(m), Some(d), Some(weekday))
            );
        }
    }
}
