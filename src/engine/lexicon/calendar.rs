//! Words of the calendar: weekdays, months, relative days, parts of the day, and the
//! month and weekday names of other languages (`marzo`, `августа`) as their English ones.
//!
//! Part of [`super`]: sorted lists of comparison keys, each with the one question it answers.

/// The weekdays, in calendar order.
pub const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// The months, in calendar order.
pub const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// True for a weekday (`friday`).
pub fn is_weekday(key: &str) -> bool {
    WEEKDAYS.contains(&key)
}

/// True for a month (`march`; `may` too, which callers tell from the modal by its capital).
pub fn is_month(key: &str) -> bool {
    MONTHS.contains(&key)
}

/// Days named relative to today.
pub(super) const RELATIVE_DAYS: &[&str] = &["today", "tomorrow", "yesterday"];

/// True for a word that names a day: a weekday, a month, `today`, `yesterday`, `tomorrow`.
pub fn is_date_word(key: &str) -> bool {
    is_weekday(key) || is_month(key) || RELATIVE_DAYS.contains(&key)
}

/// Words after a day that say when in it (`Friday morning`).
pub const DAY_PARTS: &[&str] = &["afternoon", "evening", "morning", "night"];

/// Month and weekday names of the other languages told apart (accents folded; Russian ones as
/// stems, which its cases inflect), with the English name: a date is a fact every translation
/// keeps. Sorted by the foreign word.
pub(super) const CALENDAR_WORDS: &[(&str, &str)] = &[
    ("abril", "april"),
    ("agosto", "august"),
    ("aout", "august"),
    ("april", "april"),
    ("aprile", "april"),
    ("august", "august"),
    ("avril", "april"),
    ("decembre", "december"),
    ("dezember", "december"),
    ("dezembro", "december"),
    ("dicembre", "december"),
    ("diciembre", "december"),
    ("dienstag", "tuesday"),
    ("dimanche", "sunday"),
    ("domenica", "sunday"),
    ("domingo", "sunday"),
    ("donnerstag", "thursday"),
    ("enero", "january"),
    ("febbraio", "february"),
    ("febrero", "february"),
    ("februar", "february"),
    ("fevereiro", "february"),
    ("fevrier", "february"),
    ("freitag", "friday"),
    ("gennaio", "january"),
    ("giovedi", "thursday"),
    ("giugno", "june"),
    ("janeiro", "january"),
    ("januar", "january"),
    ("janvier", "january"),
    ("jeudi", "thursday"),
    ("jueves", "thursday"),
    ("juillet", "july"),
    ("juin", "june"),
    ("julho", "july"),
    ("juli", "july"),
    ("julio", "july"),
    ("junho", "june"),
    ("juni", "june"),
    ("junio", "june"),
    ("luglio", "july"),
    ("lundi", "monday"),
    ("lunedi", "monday"),
    ("lunes", "monday"),
    ("maggio", "may"),
    ("mai", "may"),
    ("maio", "may"),
    ("marco", "march"),
    ("mardi", "tuesday"),
    ("mars", "march"),
    ("martedi", "tuesday"),
    ("martes", "tuesday"),
    ("marz", "march"),
    ("marzo", "march"),
    ("mayo", "may"),
    ("mercoledi", "wednesday"),
    ("mercredi", "wednesday"),
    ("miercoles", "wednesday"),
    ("mittwoch", "wednesday"),
    ("montag", "monday"),
    ("november", "november"),
    ("novembre", "november"),
    ("novembro", "november"),
    ("noviembre", "november"),
    ("octobre", "october"),
    ("octubre", "october"),
    ("oktober", "october"),
    ("ottobre", "october"),
    ("outubro", "october"),
    ("quarta", "wednesday"),
    ("quinta", "thursday"),
    ("sabado", "saturday"),
    ("sabato", "saturday"),
    ("samedi", "saturday"),
    ("samstag", "saturday"),
    ("segunda", "monday"),
    ("september", "september"),
    ("septembre", "september"),
    ("septiembre", "september"),
    ("setembro", "september"),
    ("settembre", "september"),
    ("sexta", "friday"),
    ("sonntag", "sunday"),
    ("terca", "tuesday"),
    ("vendredi", "friday"),
    ("venerdi", "friday"),
    ("viernes", "friday"),
    ("август", "august"),
    ("апрел", "april"),
    ("воскресен", "sunday"),
    ("вторник", "tuesday"),
    ("декабр", "december"),
    ("июл", "july"),
    ("июн", "june"),
    ("март", "march"),
    ("мая", "may"),
    ("ноябр", "november"),
    ("октябр", "october"),
    ("понедельник", "monday"),
    ("пятниц", "friday"),
    ("сентябр", "september"),
    ("сред", "wednesday"),
    ("суббот", "saturday"),
    ("феврал", "february"),
    ("четверг", "thursday"),
    ("январ", "january"),
    // Arabic script, letters written two ways written one way (`fold_arabic` in
    // `statements/cognates.rs`): Persian and Arabic months and weekdays.
    ("ابریل", "april"),
    ("اغسطس", "august"),
    ("الاثنین", "monday"),
    ("الاحد", "sunday"),
    ("الاربعاء", "wednesday"),
    ("الثلاثاء", "tuesday"),
    ("الجمعه", "friday"),
    ("الخمیس", "thursday"),
    ("السبت", "saturday"),
    ("اوت", "august"),
    ("اوریل", "april"),
    ("اکتبر", "october"),
    ("اکتوبر", "october"),
    ("اگوست", "august"),
    ("جمعه", "friday"),
    ("جولای", "july"),
    ("دسامبر", "december"),
    ("دوشنبه", "monday"),
    ("دیسمبر", "december"),
    ("سبتمبر", "september"),
    ("سهشنبه", "tuesday"),
    ("سپتامبر", "september"),
    ("شنبه", "saturday"),
    ("فبرایر", "february"),
    ("فوریه", "february"),
    ("مارس", "march"),
    ("مایو", "may"),
    ("نوامبر", "november"),
    ("نوفمبر", "november"),
    ("پنجشنبه", "thursday"),
    ("چهارشنبه", "wednesday"),
    ("ژانویه", "january"),
    ("ژوین", "june"),
    ("ژوییه", "july"),
    ("ینایر", "january"),
    ("یولیو", "july"),
    ("یونیو", "june"),
    ("یکشنبه", "sunday"),
];

/// The English month or weekday a foreign calendar word names (`marzo` → `march`, `мая` →
/// `may`): the word itself, or for Cyrillic ones a stem it starts with.
pub fn english_calendar_word(folded: &str) -> Option<&'static str> {
    if let Ok(i) = CALENDAR_WORDS.binary_search_by(|(w, _)| w.cmp(&folded)) {
        return Some(CALENDAR_WORDS[i].1);
    }
    let cyrillic = folded
        .chars()
        .next()
        .is_some_and(|c| ('\u{400}'..='\u{4FF}').contains(&c));
    if !cyrillic {
        return None;
    }
    CALENDAR_WORDS
        .iter()
        .find(|(w, _)| {
            w.starts_with(|c: char| ('\u{400}'..='\u{4FF}').contains(&c)) && folded.starts_with(w)
        })
        .map(|(_, e)| *e)
}
