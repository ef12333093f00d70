// Runs in the benchmark page: Verbatim (its real wasm API) against jsdiff and diff-match-patch
// on the same inputs, in one browser session. Results go to window.__results.
//
// The same work on every side: each contestant's time includes producing what a caller reads,
// the changed and unchanged passages as strings (Verbatim's offsets are turned into strings
// too), and every diff is lossless (diff-match-patch in a word mode that keeps the whitespace;
// its whitespace-dropping variant is reported beside it). Quality is reported as change runs
// and as words touched (words inside deleted or inserted passages).
import init, { diffWords, diffWordsUtf16, compareArticles, loadWordModel } from '/dist/engine/verbatim.js';
import { diffWords as jsdiffWords } from '/node_modules/diff/libesm/index.js';
import { unrelatedPair, newsPair, newsArticles, wordCount } from '/bench/inputs.mjs';

const state = document.getElementById('state');
/** Untimed calls before the timed ones, for every contestant alike (see `time`). */
const WARM_UP = { calls: 20, ms: 1_000 };
/** At 100k words: one untimed call. */
const WARM_ONCE = { calls: 1, ms: 0 };
const NO_WARM_UP = { calls: 0, ms: 0 };
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Times each of `fns` (same inputs): every first call alone (cold: V8 starts JavaScript and
 * wasm alike on a baseline tier and optimises what runs hot), then each one's untimed
 * warm-up calls (at least `warm.calls`, and for at least `warm.ms`, as criterion warms up),
 * then `reps` rounds in which every contestant runs in turn (a batch of calls when one call
 * is too short for the clock), so that the machine's slow spells (this one has them) slow
 * every contestant alike. Returns, per function, the median time of one call, its first call
 * and its result.
 */
function timeTogether(reps, fns, warm = NO_WARM_UP) {
  const runs = fns.map((fn) => {
    const t = performance.now();
    const result = fn();
    return { first: performance.now() - t, result, times: [], batch: 1 };
  });
  fns.forEach((fn, k) => {
    const warmStart = performance.now();
    let calls = 0;
    for (; calls < warm.calls || performance.now() - warmStart < warm.ms; calls++) fn();
    // The browser's clock ticks in 0.1 ms steps here (no cross-origin isolation): a timed
    // sample of a fast call is a batch of calls that takes about 10 ms.
    if (calls) runs[k].batch = Math.max(1, Math.round(10 / ((performance.now() - warmStart) / calls)));
  });
  for (let round = 0; round < reps; round++) {
    fns.forEach((fn, k) => {
      const run = runs[k];
      const t = performance.now();
      for (let b = 0; b < run.batch; b++) run.result = fn();
      run.times.push((performance.now() - t) / run.batch);
    });
  }
  return runs.map(({ first, result, times }) => ({ ms: reps ? median(times) : first, first, result }));
}

/** `timeTogether` for one function. */
const time = (reps, fn, warm = NO_WARM_UP) => timeTogether(reps, [fn], warm)[0];

/** Change runs: maximal stretches of non-equal pieces (a deletion next to an insertion is one). */
function countRuns(tags) {
  let runs = 0, inChange = false;
  for (const changed of tags) {
    if (changed && !inChange) runs++;
    inChange = changed;
  }
  return runs;
}

/** Verbatim's diff as strings: [op, text] with op -1 deleted, 0 equal, 1 inserted; an equal
 *  part also carries the old side's text (equal means equal keys: `“` and `"` are the same
 *  quote mark, `Said` and `said` the same word, so the two sides' texts may differ). */
function verbatimParts(a, b) {
  const flat = diffWordsUtf16(a, b);
  const parts = [];
  for (let i = 0; i < flat.length; i += 5) {
    const tag = flat[i];
    if (tag === 1) parts.push([-1, a.slice(flat[i + 1], flat[i + 2])]);
    else if (tag === 2) parts.push([1, b.slice(flat[i + 3], flat[i + 4])]);
    else parts.push([0, b.slice(flat[i + 3], flat[i + 4]), a.slice(flat[i + 1], flat[i + 2])]);
  }
  return parts;
}
const jsdiffParts = (a, b) => {
  const parts = jsdiffWords(a, b, { timeout: 60_000 });
  return parts && parts.map((p) => [p.removed ? -1 : p.added ? 1 : 0, p.value]);
};

/** Encodes the words and the whitespace between them of both texts as one character each (as
 *  diff-match-patch's own line mode does for lines), so that its diff is lossless. */
function tokensToChars(a, b) {
  const tokens = [''];
  const codes = new Map();
  const encode = (text) => {
    let out = '';
    for (const t of text.match(/\s+|\S+/g) ?? []) {
      let c = codes.get(t);
      if (c === undefined) {
        c = tokens.length;
        if (c > 0xffff) throw new Error('more distinct tokens than diff-match-patch can encode');
        codes.set(t, c);
        tokens.push(t);
      }
      out += String.fromCharCode(c);
    }
    return out;
  };
  return { chars1: encode(a), chars2: encode(b), lineArray: tokens };
}

/** diff-match-patch in a lossless word mode: every word and every run of whitespace becomes one
 *  character, then diff_main and cleanupSemantic, as the library's line mode does. */
function dmpLossless(a, b) {
  const dmp = new diff_match_patch();
  const { chars1, chars2, lineArray } = tokensToChars(a, b);
  const diffs = dmp.diff_main(chars1, chars2, false);
  dmp.diff_charsToLines_(diffs, lineArray);
  dmp.diff_cleanupSemantic(diffs);
  return diffs.map(([op, text]) => [op, text]);
}

/** diff-match-patch in the word mode most examples show: whitespace becomes line breaks, so
 *  the texts it returns have lost their spacing (reported beside, not as the contestant). */
function dmpDropsWhitespace(a, b) {
  const dmp = new diff_match_patch();
  const toLines = (t) => t.replace(/\s+/g, '\n');
  const { chars1, chars2, lineArray } = dmp.diff_linesToChars_(toLines(a), toLines(b));
  const diffs = dmp.diff_main(chars1, chars2, false);
  dmp.diff_charsToLines_(diffs, lineArray);
  dmp.diff_cleanupSemantic(diffs);
  return diffs;
}

/** Change runs and words touched of a diff given as [op, text] parts; and whether it is
 *  lossless (its old and new sides give back the two texts). */
function quality(parts, a, b) {
  if (!parts) return { runs: null, touched: null, lossless: false };
  const runs = countRuns(parts.map(([op]) => op !== 0));
  let touched = 0;
  for (const [op, text] of parts) if (op !== 0) touched += (text.match(/\S+/g) ?? []).length;
  const old = parts.filter(([op]) => op <= 0).map(([, t, oldText]) => oldText ?? t).join('');
  const neu = parts.filter(([op]) => op >= 0).map(([, t]) => t).join('');
  return { runs, touched, lossless: old === a && neu === b };
}
const verbatimRuns = (flat) => countRuns(Array.from({ length: flat.length / 5 }, (_, i) => flat[i * 5] !== 0));
/** "Delete everything, insert everything": one change run that covers nearly all the text. */
const dmpGaveUp = (diffs) => diffs.filter(([op]) => op === 0).reduce((n, [, t]) => n + t.length, 0) < 10;

/** Least-squares slope of log(ms) over log(words): the exponent of the time's growth. */
function exponent(points) {
  const xs = points.map((p) => Math.log(p.words)), ys = points.map((p) => Math.log(p.ms));
  const mx = xs.reduce((a, b) => a + b) / xs.length, my = ys.reduce((a, b) => a + b) / ys.length;
  let num = 0, den = 0;
  xs.forEach((x, i) => { num += (x - mx) * (ys[i] - my); den += (x - mx) ** 2; });
  return num / den;
}

/** Times compareArticles on `texts` (warm, median). */
function timeCompare(texts, reps = 7, warm = WARM_UP) {
  const request = { articles: texts.map((text) => ({ text })) };
  const m = time(reps, () => compareArticles(request), warm);
  const words = texts.map(wordCount);
  return { articles: texts.length, words: words.reduce((a, b) => a + b, 0), perArticle: words, ms: m.ms, first: m.first, statements: m.result.statements.length };
}

async function main() {
  await init();
  const results = { pairs: [], unrelated: [], multi: null, scaling: {}, groups: [], collatexInputs: [] };
  // words, timed runs, warm-up, whether the peers run too (at 1M words they take minutes)
  const sizes = [[1_000, 15, WARM_UP, true], [10_000, 15, WARM_UP, true], [100_000, 3, WARM_ONCE, true], [1_000_000, 1, NO_WARM_UP, false]];
  for (const [words, reps, warm, peers] of sizes) {
    state.textContent = `pair ${words}`;
    const [a, b] = newsPair(words, words);
    const row = { words: wordCount(a) };
    const contestants = { verbatim: () => verbatimParts(a, b), jsdiff: () => jsdiffParts(a, b), dmp: () => dmpLossless(a, b), dmpDrops: () => dmpDropsWhitespace(a, b) };
    const names = peers ? Object.keys(contestants) : ['verbatim'];
    const timed = peers && words < 100_000
      ? timeTogether(reps, names.map((n) => contestants[n]), warm)
      // At 100k words jsdiff takes about a minute: one call each for the peers, no warm-up.
      : names.map((n) => (n === 'verbatim' ? time(reps, contestants[n], warm) : time(0, contestants[n])));
    names.forEach((n, k) => {
      const t = timed[k];
      row[n] = { ms: t.ms, first: t.first, ...quality(t.result, a, b), gaveUp: n.startsWith('dmp') && t.result ? dmpGaveUp(t.result) : false, timedOut: !t.result };
    });
    results.pairs.push(row);
  }
  for (const words of [10_000, 100_000]) {
    state.textContent = `unrelated ${words}`;
    const [a, b] = unrelatedPair(words + 3, words);
    const v = time(5, () => diffWords(a, b), words > 10_000 ? WARM_ONCE : WARM_UP);
    const flat = v.result;
    let equalBytes = 0;
    for (let i = 0; i < flat.length; i += 5) if (flat[i] === 0) equalBytes += flat[i + 2] - flat[i + 1];
    results.unrelated.push({ words, ms: v.ms, first: v.first, runs: verbatimRuns(flat), equalBytes, valid: flat.length > 0 });
  }
  // The multi-article analysis as the page runs it: with the word model loaded.
  state.textContent = 'word model';
  const model = await fetch('/dist/verbatim-words.bin');
  results.model = model.ok;
  if (model.ok) loadWordModel(new Uint8Array(await model.arrayBuffer()));
  state.textContent = 'multi';
  results.multi = timeCompare(newsArticles(77, 8, 3_000));
  // P6: how the analysis grows, in the number of articles and in their length.
  state.textContent = 'scaling';
  results.scaling.articles = [2, 4, 8, 16].map((n) => timeCompare(newsArticles(77, n, 3_000), 5));
  results.scaling.length = [1_000, 3_000, 10_000].map((w) => timeCompare(newsArticles(77, 8, w), 5));
  results.scaling.articlesExponent = exponent(results.scaling.articles);
  results.scaling.lengthExponent = exponent(results.scaling.length);
  // Real groups (read by run.mjs at run time, never stored), and CollateX's smaller inputs.
  for (const group of window.__groups ?? []) {
    state.textContent = `group ${group.name}`;
    results.groups.push({ name: group.name, ...timeCompare(group.texts, 5) });
  }
  for (const input of window.__collatexInputs ?? []) {
    results.collatexInputs.push({ name: input.name, ...timeCompare(input.texts, 5) });
  }
  window.__results = results;
  state.textContent = 'done';
}

main().catch((e) => { window.__error = String(e && e.stack || e); state.textContent = 'error'; });
