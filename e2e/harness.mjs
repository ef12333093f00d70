// Shared set-up for the end-to-end tests: a static server for dist/ on 127.0.0.1 and
// Debian's Chromium driven by playwright-core (never a downloaded browser).
import { createServer } from 'node:http';
import { readFile, mkdir } from 'node:fs/promises';
import { extname, join, normalize, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const distDir = join(root, 'dist');
export const artifactsDir = join(root, 'e2e', 'artifacts');

const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.wasm': 'application/wasm', '.css': 'text/css', '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8', '.png': 'image/png', '.svg': 'image/svg+xml',
};

/** Serves `dir` on 127.0.0.1 at a free port; resolves to { url, close }. */
export async function serve(dir = distDir, headers = {}) {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(dir)) { res.writeHead(403).end(); return; }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', ...headers });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((ok) => server.close(ok)) };
}

/** Starts headless Debian Chromium with the flags that keep it off the (closed) network. */
export function launch() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/** Records every request a page makes, and every console error and page error. */
export function watch(page) {
  const seen = { requests: [], errors: [] };
  page.on('request', (r) => seen.requests.push(r.url()));
  page.on('console', (m) => { if (m.type() === 'error') seen.errors.push(m.text()); });
  page.on('pageerror', (e) => seen.errors.push(String(e)));
  return seen;
}

/** Makes sure the screenshot folder (git-ignored) exists and returns a path inside it. */
export async function artifact(name) {
  await mkdir(artifactsDir, { recursive: true });
  return join(artifactsDir, name);
}

/** Starts collecting the page's main-thread tasks over 50 ms (Long Tasks API) from now on. */
export function watchLongTasks(page) {
  return page.evaluate(() => {
    window.__long = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__long.push({ ms: Math.round(e.duration), end: e.startTime + e.duration });
    }).observe({ type: 'longtask', buffered: false });
  });
}

/** The longest main-thread task since `watchLongTasks`, in ms (0 when there was none); with
 * `since` (a `performance.now()` of the page's), only the tasks still running at or after that
 * moment. Only the page's own tasks count: work run directly by the test driver's `evaluate` is
 * not reported, so a test that measures its own input runs it from a timer. */
export async function longestTask(page, since = -Infinity) {
  const tasks = await page.evaluate(() => window.__long);
  return Math.max(0, ...tasks.filter((t) => t.end >= since).map((t) => t.ms));
}

/** In the page's two-text mode: chooses the two texts as files, watches long tasks, presses
 *  Compare and waits for the outcome. Resolves to { seconds, state, clickedAt }: `state` is
 *  'done' or 'error', `clickedAt` the page's `performance.now()` when the click reached it.
 *  Pass `clickedAt` to `longestTask`: the driver hands a chosen file to the page in tasks of its
 *  own (6 MB of base64 decoded on the page's thread, over a second, and sometimes still running
 *  after `setInputFiles` resolves), which no user's file picker costs and which are over before
 *  the click is dispatched. */
export async function comparePairFiles(page, oldText, newText, timeout) {
  await page.setInputFiles('#pair-old-file', { name: 'old.txt', mimeType: 'text/plain', buffer: Buffer.from(oldText) });
  await page.setInputFiles('#pair-new-file', { name: 'new.txt', mimeType: 'text/plain', buffer: Buffer.from(newText) });
  await watchLongTasks(page);
  await page.evaluate(() => {
    window.__clickedAt = undefined;
    document.querySelector('#pair-run').addEventListener('click', () => { window.__clickedAt = performance.now(); }, { capture: true, once: true });
  });
  const started = Date.now();
  await page.click('#pair-run');
  await page.waitForSelector('#pair-status[data-state="done"], #pair-status[data-state="error"]', { timeout });
  return {
    seconds: (Date.now() - started) / 1000,
    state: await page.getAttribute('#pair-status', 'data-state'),
    clickedAt: await page.evaluate(() => window.__clickedAt),
  };
}

/** Where a blog that embeds Verbatim is served in the tests: another origin than the tool's,
 *  answered by the test itself (nothing leaves the machine). */
export const BLOG = 'http://blog.example.test/';

/** Opens, in `context`, a blog post at BLOG whose body holds `snippet`, under `csp`, with the
 *  widget's files uploaded where the snippet expects them (/verbatim/, from dist/widget/),
 *  served under `widgetCsp`. */
export async function openBlogPost(context, snippet, csp, widgetCsp = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'") {
  const page = await context.newPage();
  await page.route(`${BLOG}**`, async (route) => {
    const path = new URL(route.request().url()).pathname;
    // The post under the blog's policy; the widget's folder (its iframe page) under its own.
    const headers = { 'content-security-policy': path.startsWith('/verbatim/') ? widgetCsp : csp };
    if (path === '/post.html') {
      const body = `<!doctype html><html lang="en"><meta charset="utf-8"><title>A post</title><body><h1>A post</h1><p>Before.</p>\n${snippet}\n<p>After.</p></body></html>`;
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers, body });
    }
    if (path.startsWith('/verbatim/')) {
      const file = join(distDir, 'widget', path.slice('/verbatim/'.length));
      try {
        return route.fulfill({ status: 200, contentType: types[extname(file)] ?? 'application/octet-stream', headers, body: await readFile(file) });
      } catch {
        return route.fulfill({ status: 404, body: 'not found' });
      }
    }
    return route.fulfill({ status: 404, body: 'not found' });
  });
  await page.goto(`${BLOG}post.html`);
  return page;
}

/** A fresh page of `server` in its own context (own storage), wired and ready; with what it
 *  requests and logs (see `watch`). */
export async function openPage(browser, server, options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const seen = watch(page);
  await page.goto(server.url);
  await page.waitForSelector('html[data-ready="true"]');
  return { context, page, seen };
}

/** Waits until the status line reports a finished analysis (refined by the word model, when
 *  it loads). */
export async function analysed(page, timeout = 60000) {
  await page.waitForFunction(() => {
    const s = document.querySelector('#status').textContent;
    return document.getElementById('results').getAttribute('aria-busy') === 'false' && /statement/.test(s)
      && !/Refining/.test(s);
  }, null, { timeout });
}
