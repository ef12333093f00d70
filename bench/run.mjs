// `make bench`: runs bench/index.html in Debian's Chromium (Verbatim vs jsdiff vs
// diff-match-patch, in one session), CollateX in Python on the same multi-article texts
// (capped in time), measures what the page and the widget download, and writes
// bench/RESULTS.md with the raw numbers, the ratios and each target met or not.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync, statSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir, cpus } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, launch, comparePairFiles, longestTask } from '../e2e/harness.mjs';
import { articles, similarPair, wordCount } from './inputs.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const COLLATEX_CAP_S = 120;

const server = await serve(root);
const browser = await launch();
const page = await browser.newPage();
const long = [];
page.on('console', (m) => { if (m.type() === 'error') console.error('page:', m.text()); });
await page.goto(`${server.url}bench/index.html`);
await page.waitForFunction(() => window.__results || window.__error, null, { timeout: 30 * 60_000 });
const error = await page.evaluate(() => window.__error);
if (error) throw new Error(error);
const results = await page.evaluate(() => window.__results);
// P5: a 1M-word pair through the page's own two-text mode, as a user runs it (files chosen,
// the button pressed), with every main-thread task the Long Tasks API reports.
const [oldText, newText] = similarPair(1_000_000, 1_000_000);
const site = await serve(); // dist/ at its own root, as the page is deployed
const real = await browser.newPage();
await real.goto(site.url);
await real.waitForSelector('html[data-ready="true"]');
const pair = await comparePairFiles(real, oldText, newText, 10 * 60_000);
const pageMode = {
  ms: pair.seconds * 1000,
  done: pair.state === 'done',
  longest: await longestTask(real),
  words: wordCount(oldText),
};
const chromium = browser.version();
await browser.close();
await site.close();
await server.close();

// CollateX on the same eight articles, capped.
const dir = mkdtempSync(join(tmpdir(), 'verbatim-bench-'));
writeFileSync(join(dir, 'texts.json'), JSON.stringify(articles(77, 8, 3_000)));
const cx = spawnSync('python3', [join(root, 'bench/collatex_run.py'), join(dir, 'texts.json')], { timeout: COLLATEX_CAP_S * 1000, encoding: 'utf8' });
const collatex = cx.status === 0 ? JSON.parse(cx.stdout).ms : null;
const collatexNote = collatex === null ? (cx.error ? `did not finish in ${COLLATEX_CAP_S} s` : `failed: ${cx.stderr.trim().split('\n').pop()}`) : '';

const gz = (files) => files.reduce((n, f) => n + gzipSync(readFileSync(join(root, 'dist', f)), { level: 9 }).length, 0);
// wasm-bindgen's inline JavaScript snippets (dist/snippets/…) load with the page too.
const snippets = (dir) => readdirSync(join(root, 'dist', dir), { recursive: true })
  .filter((f) => f.endsWith('.js')).map((f) => join(dir, f));
const pageKb = gz(['verbatim_bg.wasm', 'verbatim.js', 'worker.js', 'style.css', ...snippets('snippets')]) / 1024;
const widgetKb = gz(['widget/verbatim_bg.wasm', 'widget/verbatim.js', 'widget/verbatim-widget.js', 'widget/verbatim-widget.css']) / 1024;

const f = (ms) => (ms == null ? '—' : ms < 10 ? ms.toFixed(2) : ms.toFixed(0));
/** A median with the first call beside it, when they differ (more than one call ran). */
const fc = (r) => (r.first === r.ms ? f(r.ms) : `${f(r.ms)} (${f(r.first)})`);
const ratio = (peer, ours) => (peer == null || !ours ? '—' : `${(peer / ours).toFixed(1)}×`);
const met = (ok) => (ok ? '**met**' : '**not met**');
const p10 = results.pairs.find((p) => p.words > 5_000 && p.words < 50_000);
const u10 = results.unrelated[0];
const cpu = (readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.*)/) || [, 'unknown'])[1];

const lines = [];
lines.push('# Benchmark results', '');
lines.push(`Run ${new Date().toISOString()} by \`make bench\` on ${cpus().length} cores (${cpu}), Chromium ${chromium}.`);
lines.push('Times in ms. Each contestant runs the same way: its first call is timed alone (in parentheses: cold, V8 still on its baseline tier for JavaScript and wasm alike), then come untimed warm-up calls, then the timed ones, whose median is the number; at 1k and 10k words the three take turns, so that slow spells of the machine hit them alike; a timed sample of a call shorter than 10 ms is a batch of about 10 ms divided by its calls (the browser clock ticks in 0.1 ms here). 1k and 10k words and the multi-article case: warm-up calls for at least a second and at least 20 of them (as criterion warms up), then 15 timed (7 for the multi-article case); 100k: 1 warm-up call and 3 timed; 1M words, and the peers at 100k (a minute for jsdiff): the first call only.', '');
lines.push('## Pairwise word diff (similar texts, ~5% of words edited, 1% of sentences moved)', '');
lines.push('| words | Verbatim ms | runs | jsdiff ms | runs | diff-match-patch ms | runs | vs jsdiff | vs dmp |');
lines.push('|---|---|---|---|---|---|---|---|---|');
for (const p of results.pairs) {
  const j = p.jsdiff, d = p.dmp;
  lines.push(`| ${p.words} | ${fc(p.verbatim)} | ${p.verbatim.runs} | ${j ? fc(j) + (j.timedOut ? ' timed out' : '') : 'not run'} | ${j?.runs ?? '—'} | ${d ? fc(d) + (d.gaveUp ? ' gave up' : '') : 'not run'} | ${d?.runs ?? '—'} | ${ratio(j?.ms, p.verbatim.ms)} | ${ratio(d?.ms, p.verbatim.ms)} |`);
}
lines.push('', '## Unrelated pairs (Verbatim)', '', '| words | ms | change runs | bytes left equal |', '|---|---|---|---|');
for (const u of results.unrelated) lines.push(`| ${u.words} | ${fc(u)} | ${u.runs} | ${u.equalBytes} |`);
lines.push('', '## Multi-article analysis', '');
lines.push(`${results.multi.articles} articles of ${results.multi.words.join(', ')} words: Verbatim (statements + alignment + classification) ${fc(results.multi)} ms, ${results.multi.statements} statements; CollateX ${collatex == null ? collatexNote : f(collatex) + ' ms'}.`);
lines.push('', '## Downloads (gzip)', '', `Page ${pageKb.toFixed(0)} KB, widget ${widgetKb.toFixed(0)} KB.`, '');
const cxRatio = collatex == null ? COLLATEX_CAP_S * 1000 / results.multi.ms : collatex / results.multi.ms;
lines.push('## Targets', '');
lines.push(`- P1 10k-word similar pair ≥ 20× faster than jsdiff (${ratio(p10.jsdiff.ms, p10.verbatim.ms)}) and ≥ 5× faster than diff-match-patch (${ratio(p10.dmp.ms, p10.verbatim.ms)}), no more change runs (${p10.verbatim.runs} vs ${p10.jsdiff.runs} / ${p10.dmp.runs}): ${met(p10.jsdiff.ms / p10.verbatim.ms >= 20 && p10.dmp.ms / p10.verbatim.ms >= 5 && p10.verbatim.runs <= Math.min(p10.jsdiff.runs, p10.dmp.runs))}`);
lines.push(`- P2 unrelated 10k-word pair, a valid result in < 100 ms (${f(u10.ms)} ms, ${u10.runs} change runs): ${met(u10.valid && u10.ms < 100 && u10.equalBytes > 0)}`);
lines.push(`- P3 8 × 3k-word articles in < 100 ms (${f(results.multi.ms)} ms) and ≥ 1000× faster than CollateX (${collatex == null ? '≥ ' : ''}${cxRatio.toFixed(0)}×): ${met(results.multi.ms < 100 && cxRatio >= 1000)}`);
lines.push(`- P4 page ≤ 200 KB (${pageKb.toFixed(0)} KB), widget ≤ 150 KB (${widgetKb.toFixed(0)} KB): ${met(pageKb <= 200 && widgetKb <= 150)}`);
lines.push(`- P5 1M-word pair in the page with no main-thread task over 200 ms (${pageMode.words} words through the page's two-text mode: ${pageMode.done ? 'finished' : 'failed'} in ${(pageMode.ms / 1000).toFixed(1)} s, longest main-thread task ${pageMode.longest.toFixed(0)} ms): ${met(pageMode.done && pageMode.longest < 200)}`);
writeFileSync(join(root, 'bench/RESULTS.md'), lines.join('\n') + '\n');
console.log(lines.join('\n'));
