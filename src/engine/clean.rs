//! Cleaning pasted pages: setting aside the noise that comes with text copied from a web page,
//! and guessing the outlet.
//!
//! Nothing is removed from the text: the cleaner returns the byte spans of noise lines, and
//! every later stage skips them. Each rule, with an example line it catches:
//!
//! | reason | example |
//! |---|---|
//! | `icon_font` | `icon bookmark-bicon cameraicon checkicon chevron downicon …` |
//! | `skip_link` | `Press "Enter" to skip to content` |
//! | `share_prompt` | `Share this article`, `Subscribe to our newsletter`, `Read more: …` |
//! | `photo_credit` | `Photo: Harbour Post / J. Doe`, `(Image credit: Reuters)`, `Photo by Lena Park`, `(Lena Park / Getty Images)`; a caption that ends in its credit, `Ships wait at the pier on Monday. (AP Photo/Lena Park)`, `… on Monday.AFP`, or opens a gallery, `3 of 9 \| Ships wait` |
//! | `media_player` | `0:00`, `26:12`, and a one-word line (`Podcasts`) above them |
//! | `page_furniture` | `2 min read`, `Lettura: 2 minuti`, `About the author`, `Most read` |
//! | `dateline` | the start of `LISBON (Harbour Post) – Ships wait.` (see [`super::dateline`]) |
//!
//! A place in capitals before a colon (`ROME: `) is a dateline only when no other line opens
//! that way: in a transcript, `SORKIN: ` and `MUSK: ` are speakers, not places.
//!
//! Cost: one pass over the lines; each rule reads one line and its neighbours.

use super::dateline::{find_dateline, Dateline};
use super::lexicon::{is_generic_file_name, is_stopword};
use super::lexicon::{
    is_reading_time, BOX_HEADINGS, PAGE_PROMPTS, PHOTO_CREDITS, PICTURE_AGENCIES,
};
use super::model::{LabelSource, Noise, NoiseReason};
use crate::engine::normalize::Lowercase;

/// The spans of `text` that are page noise (whole lines, or a dateline at a line's start),
/// in order.
pub fn find_noise(text: &str) -> Vec<Noise> {
    let lines = lines_with_offsets(text);
    let datelines = datelines(text);
    let mut noise = Vec::new();
    let mut d = 0;
    for (i, &(start, line)) in lines.iter().enumerate() {
        let next = lines.get(i + 1).map(|&(_, l)| l.trim()).unwrap_or("");
        if let Some(reason) = noise_reason(line.trim(), next) {
            let lead = line.len() - line.trim_start().len();
            noise.push(Noise {
                start: start + lead,
                end: start + line.trim_end().len(),
                reason,
            });
            continue;
        }
        while d < datelines.len() && datelines[d].span.start < start {
            d += 1;
        }
        if let Some(dl) = datelines
            .get(d)
            .filter(|dl| dl.span.start < start + line.len())
        {
            noise.push(Noise {
                start: dl.span.start,
                end: dl.span.end,
                reason: NoiseReason::Dateline,
            });
        }
    }
    noise
}

/// The datelines of `text`, one per line at most, in order (see the module docs for how a
/// transcript's speaker labels are told from places).
pub fn datelines(text: &str) -> Vec<Dateline> {
    let mut found: Vec<Dateline> = lines_with_offsets(text)
        .into_iter()
        .filter_map(|(start, line)| find_dateline(line, start))
        .collect();
    if found.iter().filter(|d| d.colon_capitals).count() > 1 {
        found.retain(|d| !d.colon_capitals);
    }
    found
}

/// Each line of `text` (without its line break) with its byte offset.
pub fn lines_with_offsets(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        out.push((start, line.trim_end_matches(['\n', '\r'])));
        start += line.len();
    }
    out
}

fn noise_reason(line: &str, next_line: &str) -> Option<NoiseReason> {
    if line.is_empty() {
        return None;
    }
    let lower = line.lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    if lower.matches("icon").count() >= 5 && lower.matches("icon").count() * 3 >= words.len() {
        return Some(NoiseReason::IconFont);
    }
    if lower.contains("skip to content") || lower.contains("skip to main content") {
        return Some(NoiseReason::SkipLink);
    }
    if is_timestamp(line) || (words.len() == 1 && is_timestamp(next_line)) {
        return Some(NoiseReason::MediaPlayer);
    }
    let short = words.len() <= 8 && !line.ends_with(['.', '”', '"', '?', '!']);
    if short && PAGE_PROMPTS.iter().any(|p| lower.starts_with(p)) {
        return Some(NoiseReason::SharePrompt);
    }
    let heading = lower.trim_end_matches([':', ' ']);
    if is_reading_time(&lower) || BOX_HEADINGS.binary_search(&heading).is_ok() {
        return Some(NoiseReason::PageFurniture);
    }
    if words.len() <= 16 && PHOTO_CREDITS.iter().any(|p| lower.starts_with(p)) {
        return Some(NoiseReason::PhotoCredit);
    }
    if words.len() <= 12 && is_agency_credit(&lower) {
        return Some(NoiseReason::PhotoCredit);
    }
    if words.len() <= MAX_CAPTION_WORDS && is_caption(line, &lower) {
        return Some(NoiseReason::PhotoCredit);
    }
    None
}

/// The most words a picture's caption takes (two long sentences).
const MAX_CAPTION_WORDS: usize = 60;

/// A picture's caption, known by its credit or its place in a gallery: it ends in a credit in
/// brackets (`(AP Photo/Lena Park)`, `(Lena Park / Getty Images)`), or in an agency glued to
/// its last sentence as pages flatten a caption and its credit (`… on Monday.AFP`), or it
/// opens with its place in a gallery (`3 of 9 | Ships wait`). Prose never does: a reporter
/// writes `(AP)` after a dateline, not after a sentence, and puts a space after a full stop.
fn is_caption(line: &str, lower: &str) -> bool {
    if let Some(open) = lower
        .trim_end()
        .strip_suffix(')')
        .and_then(|l| l.rfind('('))
    {
        let credit = &lower[open..];
        if credit.contains("photo/") || credit.contains("photo /") || is_agency_credit(credit) {
            return true;
        }
    }
    let last = line.split_whitespace().last().unwrap_or("");
    if let Some((before, agency)) = last.rsplit_once('.') {
        if before.ends_with(char::is_alphabetic)
            && agency.len() >= 2
            && agency.chars().all(|c| c.is_ascii_uppercase())
            && PICTURE_AGENCIES.contains(&agency.lowercase().as_str())
        {
            return true;
        }
    }
    let mut words = lower.split_whitespace();
    matches!(
        (words.next(), words.next(), words.next(), words.next()),
        (Some(n), Some("of"), Some(m), Some("|"))
            if n.chars().all(|c| c.is_ascii_digit()) && m.chars().all(|c| c.is_ascii_digit())
    )
}

/// A picture's credit line that names no "photo": a photographer and a picture agency after a
/// slash, on a short line of its own (`(Lena Park / Getty Images)`, `Lena Park/AFP via Getty
/// Images`, `Harbour Post / Reuters`). A line of prose with a slash (`the port/harbour`) ends
/// in no agency. `lower` is the line in lower case.
fn is_agency_credit(lower: &str) -> bool {
    let line = lower
        .trim()
        .trim_start_matches('(')
        .trim_end_matches(')')
        .trim_end();
    let Some((before, agency)) = line.rsplit_once('/') else {
        return false;
    };
    let agency = agency.trim();
    !before.trim().is_empty()
        && !line.ends_with(['.', '!', '?', ','])
        && (PICTURE_AGENCIES.contains(&agency) || agency.ends_with(" images"))
}

/// `0:00`, `26:12`, `1:02:03`.
fn is_timestamp(line: &str) -> bool {
    let line = line.trim();
    !line.is_empty() && line.contains(':') && line.chars().all(|c| c.is_ascii_digit() || c == ':')
}

/// Guesses the outlet that published `text` (which came from the file `file_name`, if any),
/// with where the guess came from; `None` when nothing names it.
///
/// | source | example | label |
/// |---|---|---|
/// | the file's name | `04_harbour-post.txt` | Harbour Post |
/// | a byline | `By A. Writer in Harbour Post online, June 3` | Harbour Post |
/// | a dateline | `LISBON (Harbour Post) – …`, `(AP) — …` | Harbour Post, AP |
/// | a wire credit that ends the text | `… the minister said. — Reuters` | Reuters |
/// | page furniture only one site has | RT's icon-font line | RT |
///
/// The file's name comes first: the user chose it. Outlets merely cited as sources
/// ("according to TASS") are never taken for the publisher.
pub fn guess_label(
    text: &str,
    noise: &[Noise],
    file_name: Option<&str>,
) -> Option<(String, LabelSource)> {
    if let Some(name) = file_name.and_then(label_from_file_name) {
        return Some((name, LabelSource::FileName));
    }
    for (_, line) in lines_with_offsets(text).into_iter().take(12) {
        if let Some(outlet) = byline_outlet(line.trim()) {
            return Some((outlet, LabelSource::Byline));
        }
    }
    if let Some(outlet) = datelines(text).iter().take(3).find_map(|d| d.outlet) {
        let name = text[outlet.start..outlet.end].trim();
        if !name.is_empty() && name.chars().count() <= 40 {
            return Some((name.to_string(), LabelSource::Dateline));
        }
    }
    if let Some(outlet) = credit_outlet(text, noise) {
        return Some((outlet, LabelSource::Credit));
    }
    let icon_line = noise.iter().find(|n| n.reason == NoiseReason::IconFont)?;
    let icons = &text[icon_line.start..icon_line.end];
    // RT's pages open with its icon font's glyph names run together: "bookmark-bicon", "v-compress".
    (icons.contains("bookmark-bicon") && icons.contains("v-compress"))
        .then(|| ("RT".to_string(), LabelSource::Signature))
}

/// The most characters a guessed outlet name may have: a longer one is a sentence.
const MAX_OUTLET_CHARS: usize = 40;

/// The outlet a file's name gives: the name without its folder, its extension and a leading
/// number (`04_harbour-post.txt` → `Harbour Post`, `02 - AFP.html` → `AFP`), its words apart.
/// A name in lower case is capitalised, a short word such as `afp` written in capitals.
/// Names that say nothing (`article.txt`, `Untitled (3).txt`, `12.txt`) give nothing.
pub fn label_from_file_name(name: &str) -> Option<String> {
    let base = name.rsplit(['/', '\\']).next()?;
    let stem = match base.rfind('.') {
        Some(i) if i > 0 => &base[..i],
        _ => base,
    };
    let is_separator = |c: char| matches!(c, '_' | '-' | '.' | ' ' | '(' | ')' | '[' | ']');
    let mut words: Vec<&str> = stem.split(is_separator).filter(|w| !w.is_empty()).collect();
    // A leading number orders the files; a trailing one tells copies apart.
    while words
        .first()
        .is_some_and(|w| w.bytes().all(|b| b.is_ascii_digit()))
    {
        words.remove(0);
    }
    while words
        .last()
        .is_some_and(|w| w.bytes().all(|b| b.is_ascii_digit()))
    {
        words.pop();
    }
    let lower = words.join(" ").lowercase();
    if words.is_empty() || is_generic_file_name(&lower) {
        return None;
    }
    let cased = stem.chars().any(char::is_uppercase);
    let label: Vec<String> = words
        .iter()
        .enumerate()
        .map(|(i, w)| {
            if cased || (i > 0 && is_stopword(w)) {
                w.to_string()
            } else if w.chars().count() <= 3 && !is_stopword(w) {
                w.to_ascii_uppercase()
            } else {
                let mut c = w.chars();
                c.next()
                    .map_or(String::new(), |f| f.to_uppercase().chain(c).collect())
            }
        })
        .collect();
    let label = label.join(" ");
    (label.chars().count() <= MAX_OUTLET_CHARS).then_some(label)
}

/// The wire that a credit at the end of the text names: a last line of its own (`— Reuters`,
/// `(AFP)`) or the end of the last paragraph (`… the minister said. — AP`). Lines of page
/// noise after it are skipped.
fn credit_outlet(text: &str, noise: &[Noise]) -> Option<String> {
    let lines = lines_with_offsets(text);
    let in_noise = |start: usize, line: &str| {
        noise
            .iter()
            .any(|n| n.start <= start && start + line.len() <= n.end)
    };
    let (_, last) = lines
        .iter()
        .rev()
        .filter(|(start, line)| !line.trim().is_empty() && !in_noise(*start, line))
        .copied()
        .next()?;
    let last = last.trim();
    let credit = if let Some(inner) = last.strip_prefix('(').and_then(|l| l.strip_suffix(')')) {
        inner
    } else {
        let at = last.rfind(['—', '–', '-'])?;
        let before = last[..at].trim_end();
        if !(before.is_empty() || before.ends_with(['.', '!', '?', '"', '”', '’'])) {
            return None;
        }
        last[at..].trim_start_matches(['—', '–', '-']).trim()
    };
    let words: Vec<&str> = credit.split_whitespace().collect();
    let looks_like_name = (1..=3).contains(&words.len())
        && credit.chars().count() <= MAX_OUTLET_CHARS
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase));
    looks_like_name.then(|| credit.to_string())
}

/// The outlet in a byline of the form `By NAME in OUTLET[ online][, DATE]`.
fn byline_outlet(line: &str) -> Option<String> {
    let rest = line.strip_prefix("By ")?;
    if rest.split_whitespace().count() > 16 {
        return None;
    }
    let (_, after) = rest.split_once(" in ")?;
    let outlet = after.split([',', '|', '—', '–']).next()?.trim();
    let outlet = outlet.strip_suffix(" online").unwrap_or(outlet).trim();
    let words: Vec<&str> = outlet.split_whitespace().collect();
    let looks_like_name = !words.is_empty()
        && words.len() <= 5
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase));
    looks_like_name.then(|| outlet.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    const PASTED_PAGE: &str = "Press \"Enter\" to skip to content\n\nPort strike ends\n\
        By Ana Lind in Harbour Post online, March 3, 2031\nThe strike ended on Monday.\n\
        Share this article\nPhoto: Harbour Post / J. Doe\nPodcasts\n0:00\n26:12\n";

    fn reasons(text: &str) -> Vec<(String, String)> {
        find_noise(text)
            .into_iter()
            .map(|n| {
                (
                    text[n.start..n.end].to_string(),
                    n.reason.name().to_string(),
                )
            })
            .collect()
    }

    #[test]
    fn each_kind_of_page_noise_is_found_and_nothing_else() {
        let found = reasons(PASTED_PAGE);
        let expected = [
            ("Press \"Enter\" to skip to content", "skip_link"),
            ("Share this article", "share_prompt"),
            ("Photo: Harbour Post / J. Doe", "photo_credit"),
            ("Podcasts", "media_player"),
            ("0:00", "media_player"),
            ("26:12", "media_player"),
        ];
        let expected: Vec<(String, String)> = expected
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect();
        assert_eq!(found, expected);
    }

    #[test]
    fn a_credit_line_of_a_photographer_and_an_agency_is_noise() {
        for line in [
            "Photo by Lena Park / Harbour Images",
            "(Lena Park / Getty Images)",
            "Lena Park/AFP via Getty Images",
            "Harbour Post / Reuters",
        ] {
            let text = format!("{line}\nThe port stays closed, Vale said.");
            assert_eq!(
                reasons(&text),
                [(line.to_string(), "photo_credit".to_string())]
            );
        }
    }

    #[test]
    fn a_caption_with_its_credit_or_its_place_in_a_gallery_is_noise() {
        for line in [
            "Ships wait at the pier in Lisbon on Monday. (AP Photo/Lena Park)",
            "Ships wait at the pier in Lisbon on Monday. (Lena Park / Getty Images)",
            "Port Minister Ana Vale attends a briefing in Lisbon on Monday.AFP",
            "3 of 9 | Port Minister Ana Vale answers questions in Lisbon.",
        ] {
            let text = format!("{line}\nThe port stays closed, Vale said.");
            assert_eq!(
                reasons(&text),
                [(line.to_string(), "photo_credit".to_string())],
                "{line}"
            );
        }
        for prose in [
            "LISBON (AP) — The port stays closed, Vale said on Monday.",
            "The port stays closed (for now), Vale said.",
            "Vale said the port stays closed.AFP reporters saw the ships.",
            "Vale, who took office in 2019, said she had 3 of 9 ships.",
        ] {
            let credits = reasons(prose)
                .into_iter()
                .filter(|(_, r)| r == "photo_credit");
            assert_eq!(credits.count(), 0, "{prose}");
        }
    }

    #[test]
    fn prose_with_a_slash_is_no_credit() {
        for line in [
            "The port/harbour stays closed.",
            "Vale spoke to Reuters / AFP reporters on Monday, saying the port would stay closed until the storm passes.",
            "Ships wait / sail",
        ] {
            assert_eq!(reasons(line), [], "{line}");
        }
    }

    #[test]
    fn icon_font_junk_is_noise() {
        let text =
            "icon bookmark-bicon cameraicon checkicon closeicon downloadicon editicon fm\nNews.";
        assert_eq!(reasons(text)[0].1, "icon_font");
        assert_eq!(reasons(text).len(), 1);
    }

    #[test]
    fn a_byline_names_the_outlet() {
        let noise = find_noise(PASTED_PAGE);
        assert_eq!(
            guess_label(PASTED_PAGE, &noise, None),
            Some(("Harbour Post".to_string(), LabelSource::Byline))
        );
    }

    #[test]
    fn an_outlet_cited_as_a_source_is_not_the_publisher() {
        let text = "The talks failed, according to the Harbour Post.\nBy the way, nothing.";
        assert_eq!(guess_label(text, &find_noise(text), None), None);
    }

    #[test]
    fn a_file_name_names_the_outlet_unless_it_says_nothing() {
        for (file, label) in [
            ("04_harbour-post.txt", Some("Harbour Post")),
            ("02 - AFP.html", Some("AFP")),
            ("articles/03_coast_wire_(1).md", Some("Coast Wire")),
            ("afp.txt", Some("AFP")),
            ("the_harbour_post.txt", Some("The Harbour Post")),
            ("Harbour Post.txt", Some("Harbour Post")),
            ("article.txt", None),
            ("Untitled (3).txt", None),
            ("12.txt", None),
        ] {
            assert_eq!(label_from_file_name(file).as_deref(), label, "{file}");
        }
        let text = "LISBON (Coast Wire) – The strike ended.";
        assert_eq!(
            guess_label(text, &find_noise(text), Some("04_harbour-post.txt")),
            Some(("Harbour Post".to_string(), LabelSource::FileName))
        );
    }

    #[test]
    fn a_wire_credit_at_the_end_names_the_outlet() {
        for (text, label) in [
            ("The strike ended, Vale said.\n— Reuters\n", Some("Reuters")),
            ("The strike ended, Vale said. — AP", Some("AP")),
            (
                "The strike ended.\n(Coast Wire)\nShare this article\n",
                Some("Coast Wire"),
            ),
            ("The strike ended - for now", None),
            ("The strike ended.\n— and so did the talks", None),
        ] {
            let found = guess_label(text, &find_noise(text), None);
            assert_eq!(found.as_ref().map(|f| f.0.as_str()), label, "{text:?}");
        }
    }

    /// The documented examples of `page_furniture`, and lines like them that are prose.
    #[test]
    fn a_reading_time_or_a_box_heading_is_page_furniture() {
        for line in [
            "2 min read",
            "Lettura: 2 minuti",
            "3 min de leitura",
            "5 minutes",
            "About the author",
            "About The Author",
            "Most read",
        ] {
            assert_eq!(
                reasons(line),
                [(line.to_string(), "page_furniture".to_string())],
                "{line:?}"
            );
        }
        for prose in [
            "2 minutes later the ferry left.",
            "The talks took 45 minutes",
            "About 200 people read it",
            "Most readers agreed.",
            "Most readers agree",
        ] {
            assert!(reasons(prose).is_empty(), "{prose:?}");
        }
    }

    #[test]
    fn a_sentence_ending_in_a_period_is_never_a_prompt() {
        assert!(reasons("Share prices fell.").is_empty());
    }
}
