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
