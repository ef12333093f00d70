// Deterministic benchmark inputs (fixed seeds): project-written vocabulary only.
const SYLLABLES = ['ha', 'bo', 'ri', 'ten', 'mar', 'lo', 'ves', 'ka', 'dun', 'pel', 'sor', 'mi',
  'tra', 'gu', 'nel', 'fa', 'ost', 'ber', 'quin', 'dra'];
const STOPWORDS = ['the', 'of', 'and', 'to', 'in', 'a', 'that', 'was', 'for', 'on', 'said', 'with'];

/** A small deterministic generator (LCG). */
export function rng(seed) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296;
}

function word(r) {
  if (r() < 0.35) return STOPWORDS[Math.floor(r() * STOPWORDS.length)];
  const u = r();
  const id = Math.floor(u * u * 8000);
  return SYLLABLES[id % 20] + SYLLABLES[Math.floor(id / 20) % 20] + (id >= 400 ? SYLLABLES[Math.floor(id / 400) % 20] : '');
}

/** Sentences totalling about `words` words. */
export function sentences(seed, words) {
  const r = rng(seed);
  const out = [];
  let n = 0;
  while (n < words) {
    const len = 8 + Math.floor(r() * 18);
    const ws = Array.from({ length: len }, () => word(r));
    ws[0] = ws[0][0].toUpperCase() + ws[0].slice(1);
    out.push(ws.join(' ') + '.');
    n += len;
  }
  return out;
}

/** A pair of texts of about `words` words; the second has ~5% of its words edited and ~1% of
 *  its sentences moved elsewhere. */
export function similarPair(seed, words) {
  const r = rng(seed + 1);
  const old = sentences(seed, words);
  let edited = old.map((s) => {
    if (r() >= 0.5) return s;
    const ws = s.split(' ');
    const k = Math.floor(r() * ws.length);
    const pick = r();
    if (pick < 0.4) ws[k] = word(r);
    else if (pick < 0.7) ws.splice(k, 0, word(r));
    else if (ws.length > 3) ws.splice(k, 1);
    return ws.join(' ');
  });
  const moves = Math.max(1, Math.floor(edited.length / 100));
  for (let m = 0; m < moves; m++) {
    const from = Math.floor(r() * edited.length);
    const [s] = edited.splice(from, 1);
    edited.splice(Math.floor(r() * edited.length), 0, s);
  }
  return [old.join(' '), edited.join(' ')];
}

/** Two unrelated texts of about `words` words each. */
export function unrelatedPair(seed, words) {
  return [sentences(seed, words).join(' '), sentences(seed + 7919, words).join(' ')];
}

/** `count` articles of about `words` words that share statements: each quotes about half of a
 *  common pool of sentences (some edited) between sentences of its own. */
export function articles(seed, count, words) {
  const pool = sentences(seed, words);
  return Array.from({ length: count }, (_, a) => {
    const r = rng(seed + 100 + a);
    const own = sentences(seed + 1000 + a, words / 2);
    const out = [];
    for (const s of pool) {
      if (r() < 0.5) {
        out.push(r() < 0.2 ? s.replace(' ', ` ${word(r)} `) : s);
        if (own.length) out.push(own.pop());
      }
    }
    return out.join(' ');
  });
}

export const wordCount = (text) => text.split(/\s+/).filter(Boolean).length;

// News-like text: what real articles are full of and the syllable words above never show —
// weekdays, months, figures with separators, names with diacritics, titles, curly quotes,
// dashes and non-breaking spaces, reporting verbs. All invented (no third-party text).
const NEWS = {
  names: ['Vale', 'Orlová', 'Nuñez', 'Šimek', 'Bjørnsen', 'Dumitrescu', 'Kovačić', 'Ayodele', 'Lefèvre', 'Marisol', 'Østergaard', 'Ţurcanu'],
  titles: ['Minister', 'spokeswoman', 'President', 'Governor', 'the mayor', 'Deputy Chief'],
  places: ['Porto Alba', 'Kelmsk', 'São Rafael', 'Tallinm', 'Ærøby', 'Nordhavn', 'Zlatna', 'Brève'],
  weekdays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  months: ['January', 'March', 'May', 'July', 'September', 'November'],
  nouns: ['ferries', 'harbour', 'strike', 'workers', 'budget', 'talks', 'storm', 'grain', 'prices', 'contract', 'union', 'port', 'families', 'report', 'ships', 'wages'],
  verbs: ['wait', 'remain', 'will stay', 'cannot leave', 'must return', 'have been', 'were told', 'expect'],
  adjectives: ['northern', 'closed', 'serious', 'fragile', 'historic', 'unacceptable', 'temporary', 'long'],
  reporting: ['said', 'told reporters', 'claimed', 'insisted', 'added', 'warned', 'stressed'],
  glue: ['the', 'of', 'and', 'to', 'in', 'a', 'that', 'for', 'on', 'with', 'by', 'after', 'until', 'more than', 'about'],
};

function pick(r, list) {
  return list[Math.floor(r() * list.length)];
}

function figure(r) {
  const u = r();
  if (u < 0.3) return String(Math.floor(r() * 90) + 2);
  if (u < 0.6) return (Math.floor(r() * 900) + 100) + ',' + String(Math.floor(r() * 1000)).padStart(3, '0');
  if (u < 0.8) return `${Math.floor(r() * 40) + 1}.${Math.floor(r() * 10)}\u00a0per cent`;
  return `${Math.floor(r() * 28) + 1} ${pick(r, NEWS.months)}`;
}

function clause(r) {
  const parts = [pick(r, NEWS.glue), pick(r, NEWS.nouns), pick(r, NEWS.verbs), pick(r, NEWS.glue), pick(r, NEWS.adjectives), pick(r, NEWS.nouns)];
  if (r() < 0.4) parts.push('on', pick(r, NEWS.weekdays));
  if (r() < 0.4) parts.push(pick(r, NEWS.glue), figure(r), pick(r, NEWS.nouns));
  if (r() < 0.3) parts.push('in', pick(r, NEWS.places));
  return parts.join(' ');
}

/** One news-like sentence: a quote with its attribution, or a reported sentence. */
function newsSentence(r) {
  const speaker = `${pick(r, NEWS.titles)} ${pick(r, NEWS.names)}`;
  let body = clause(r);
  if (r() < 0.5) body += ' \u2014 ' + clause(r);
  body = body[0].toUpperCase() + body.slice(1);
  const u = r();
  if (u < 0.45) return `\u201c${body},\u201d ${speaker} ${pick(r, NEWS.reporting)}.`;
  if (u < 0.7) {
    const reported = `${speaker} ${pick(r, NEWS.reporting)} that ${body[0].toLowerCase() + body.slice(1)}.`;
    return reported[0].toUpperCase() + reported.slice(1);
  }
  return `${body}.`;
}

/** News-like sentences totalling about `words` words. */
export function newsSentences(seed, words) {
  const r = rng(seed);
  const out = [];
  let n = 0;
  while (n < words) {
    const s = newsSentence(r);
    out.push(s);
    n += s.split(' ').length;
  }
  return out;
}

/** Edits one word of a news-like sentence the way outlets do (a figure, a weekday, a verb). */
function editNews(r, s) {
  const ws = s.split(' ');
  const k = Math.floor(r() * ws.length);
  const u = r();
  if (u < 0.3) ws[k] = pick(r, NEWS.weekdays);
  else if (u < 0.5) ws[k] = figure(r);
  else if (u < 0.7) ws.splice(k, 0, pick(r, NEWS.adjectives));
  else if (ws.length > 4) ws.splice(k, 1);
  return ws.join(' ');
}

/** A news-like pair of about `words` words: ~5% of the words edited, ~1% of sentences moved. */
export function newsPair(seed, words) {
  const r = rng(seed + 1);
  const old = newsSentences(seed, words);
  const edited = old.map((s) => (r() < 0.4 ? editNews(r, s) : s));
  const moves = Math.max(1, Math.floor(edited.length / 100));
  for (let m = 0; m < moves; m++) {
    const [s] = edited.splice(Math.floor(r() * edited.length), 1);
    edited.splice(Math.floor(r() * edited.length), 0, s);
  }
  return [old.join(' '), edited.join(' ')];
}

/** `count` news-like articles of about `words` words that share statements (as `articles`),
 *  in paragraphs. */
export function newsArticles(seed, count, words) {
  const pool = newsSentences(seed, words);
  return Array.from({ length: count }, (_, a) => {
    const r = rng(seed + 100 + a);
    const own = newsSentences(seed + 1000 + a, words / 2);
    const out = [];
    for (const s of pool) {
      if (r() < 0.5) {
        out.push(r() < 0.2 ? editNews(r, s) : s);
        if (own.length) out.push(own.pop());
        if (r() < 0.3) out.push('\n\n');
      }
    }
    return out.join(' ').replace(/ \n\n /g, '\n\n');
  });
}
