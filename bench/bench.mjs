// Runs in the benchmark page: Verbatim (its real wasm API) against jsdiff and diff-match-patch
// on the same inputs, in one browser session. Results go to window.__results.
import init, { diffWords, compareArticles } from '/dist/engine/verbatim.js';
import { diffWords as jsdiffWords } from '/node_modules/diff/libesm/index.js';
import { similarPair, unrelatedPair, articles, wordCount } from '/bench/inputs.mjs';

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

const verbatimRuns = (flat) => countRuns(Array.from({ length: flat.length / 5 }, (_, i) => flat[i * 5] !== 0));
const jsdiffRuns = (parts) => parts ? countRuns(parts.map((p) => p.added || p.removed)) : null;

/** diff-match-patch in word mode: every word becomes one character, then cleanupSemantic. */
function dmpWords(a, b) {
  const dmp = new diff_match_patch();
  const toLines = (t) => t.replace(/\s+/g, '\n');
  const { chars1, chars2, lineArray } = dmp.diff_linesToChars_(toLines(a), toLines(b));
  const diffs = dmp.diff_main(chars1, chars2, false);
  dmp.diff_charsToLines_(diffs, lineArray);
  dmp.diff_cleanupSemantic(diffs);
  return diffs;
}
const dmpRuns = (diffs) => countRuns(diffs.map(([op]) => op !== 0));
/** "Delete everything, insert everything": one change run that covers nearly all the text. */
const dmpGaveUp = (diffs) => diffs.filter(([op]) => op === 0).reduce((n, [, t]) => n + t.length, 0) < 10;

async function main() {
  await init();
  const results = { pairs: [], unrelated: [], multi: null };
  // words, timed runs, warm-up, whether the peers run too (at 1M words they take minutes)
  const sizes = [[1_000, 15, WARM_UP, true], [10_000, 15, WARM_UP, true], [100_000, 3, WARM_ONCE, true], [1_000_000, 1, NO_WARM_UP, false]];
  for (const [words, reps, warm, peers] of sizes) {
    state.textContent = `pair ${words}`;
    const [a, b] = similarPair(words, words);
    const row = { words: wordCount(a) };
    const verbatim = () => diffWords(a, b);
    const jsdiff = () => jsdiffWords(a, b, { timeout: 60_000 });
    const dmp = () => dmpWords(a, b);
    if (peers && words < 100_000) {
      const [v, j, d] = timeTogether(reps, [verbatim, jsdiff, dmp], warm);
      row.verbatim = { ms: v.ms, first: v.first, runs: verbatimRuns(v.result) };
      row.jsdiff = { ms: j.ms, first: j.first, runs: jsdiffRuns(j.result), timedOut: !j.result };
      row.dmp = { ms: d.ms, first: d.first, runs: dmpRuns(d.result), gaveUp: dmpGaveUp(d.result) };
    } else {
      const v = time(reps, verbatim, warm);
      row.verbatim = { ms: v.ms, first: v.first, runs: verbatimRuns(v.result) };
      if (peers) {
        // jsdiff needs about a minute for 100k words: one call each, no warm-up.
        const j = time(0, jsdiff);
        row.jsdiff = { ms: j.ms, first: j.first, runs: jsdiffRuns(j.result), timedOut: !j.result };
        const d = time(0, dmp);
        row.dmp = { ms: d.ms, first: d.first, runs: dmpRuns(d.result), gaveUp: dmpGaveUp(d.result) };
      }
    }
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
  state.textContent = 'multi';
  const texts = articles(77, 8, 3_000);
  const request = { articles: texts.map((text) => ({ text })) };
  const m = time(7, () => compareArticles(request), WARM_UP);
  results.multi = { articles: texts.length, words: texts.map(wordCount), ms: m.ms, first: m.first, statements: m.result.statements.length };
  window.__results = results;
  state.textContent = 'done';
}

main().catch((e) => { window.__error = String(e && e.stack || e); state.textContent = 'error'; });
