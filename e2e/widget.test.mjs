// The embeddable widget on a hostile blog post (www/embed-demo.html), served under a strict
// Content-Security-Policy, in Debian's Chromium through playwright-core.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, watch, artifact } from './harness.mjs';

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
let server, browser;
before(async () => {
  server = await serve(undefined, { 'content-security-policy': CSP });
  browser = await launch();
});
after(async () => { await browser?.close(); await server?.close(); });

async function openDemo(options = {}, setup = async () => {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const seen = watch(page);
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await setup(page);
  await page.goto(`${server.url}embed-demo.html`);
  return { context, page, seen };
}

/** Waits until widget `id` has rendered its comparison (or given up). */
function rendered(page, id) {
  return page.waitForFunction((i) => {
    const view = document.getElementById(i)?.shadowRoot?.querySelector('.view');
    return view && !view.hidden && view.childElementCount > 0;
  }, id);
}

const inShadow = (page, id, selector) => page.evaluate(([i, s]) =>
  [...document.getElementById(i).shadowRoot.querySelectorAll(s)].map((e) => e.textContent), [id, selector]);

test('both widgets render under the strict CSP, without violations', async () => {
  const { context, page, seen } = await openDemo({ viewport: { width: 1000, height: 1200 } });
  await rendered(page, 'jobs');
  await rendered(page, 'closures');
  assert.deepEqual(await inShadow(page, 'jobs', '.change[data-kind="number"] del'), ['700']);
  assert.deepEqual(await inShadow(page, 'jobs', '.change[data-kind="number"] ins'), ['750']);
  assert.ok((await inShadow(page, 'jobs', '.change[data-kind="name"] ins')).includes('Värmland'));
  assert.ok((await inShadow(page, 'closures', 'table.alignment tr')).length === 2, 'mode="table"');
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(seen.errors, []);
  assert.deepEqual(seen.requests.filter((u) => !u.startsWith(server.url) && !u.startsWith('data:')), []);
  await page.screenshot({ path: await artifact('widget-demo.png'), fullPage: true });
  await context.close();
});

test('a version the snippet marks as a paraphrase reads as one, as on the page', async () => {
  const { context, page } = await openDemo();
  await rendered(page, 'refusal');
  const head = (await inShadow(page, 'refusal', '.version-head')).join(' ');
  assert.match(head, /paraphrased · keeps \d+% of \d+ content words · \d+ substantive changes?/);
  const kinds = await page.evaluate(() => [...document.getElementById('refusal').shadowRoot.querySelectorAll('.change')].map((c) => c.dataset.kind));
  assert.ok(kinds.length > 0, 'the changes are shown');
  assert.ok(!kinds.includes('removed_from_quote') && !kinds.includes('added_in_quote'), `no quote to change words in: ${kinds}`);
  const quoted = (await inShadow(page, 'jobs', '.version-head')).join(' ');
  assert.match(quoted, /quote · altered/);
  await context.close();
});

test('the host page cannot restyle the widget, and the widget does not restyle the host', async () => {
  const { context, page } = await openDemo();
  await rendered(page, 'jobs');
  const inside = await page.evaluate(() => {
    const ins = document.getElementById('jobs').shadowRoot.querySelector('ins');
    const s = getComputedStyle(ins);
    return { bg: s.backgroundColor, color: s.color, font: s.fontFamily, deco: s.textDecorationLine };
  });
  assert.equal(inside.bg, 'rgb(220, 242, 225)', 'the widget keeps its own insertion colour');
  assert.equal(inside.deco, 'underline');
  assert.ok(!inside.font.includes('Comic Sans'), `widget font: ${inside.font}`);
  const outside = await page.evaluate(() => {
    const s = getComputedStyle(document.querySelector('.post > p > ins'));
    return { bg: s.backgroundColor, color: s.color };
  });
  assert.deepEqual(outside, { bg: 'rgb(255, 0, 0)', color: 'rgb(255, 255, 0)' }, 'the host keeps its own');
  await context.close();
});

test('a widget added later, and a changed attribute, render', async () => {
  const { context, page } = await openDemo();
  await rendered(page, 'jobs');
  await page.evaluate(() => {
    const w = document.createElement('verbatim-compare');
    w.id = 'late';
    for (const [outlet, text] of [['A', 'Ships wait in the bay on Monday.'], ['B', 'Ships wait in the bay on Tuesday.']]) {
      const q = document.createElement('blockquote');
      q.dataset.outlet = outlet;
      q.textContent = text;
      w.append(q);
    }
    document.querySelector('.post').append(w);
  });
  await rendered(page, 'late');
  assert.deepEqual(await inShadow(page, 'late', '.change del'), ['Monday']);
  await page.evaluate(() => document.getElementById('late').setAttribute('base', '1'));
  await page.waitForFunction(() => document.getElementById('late').shadowRoot.querySelector('.change del')?.textContent === 'Tuesday');
  await context.close();
});

test('markup inside a blockquote is shown as text and never runs', async () => {
  const { context, page } = await openDemo();
  await rendered(page, 'jobs');
  await page.evaluate(() => {
    const q = document.querySelector('#jobs blockquote');
    q.textContent = 'The strike has already cost <img src=x onerror="window.__pwned=1"> 700 jobs,';
  });
  await page.waitForFunction(() => document.getElementById('jobs').shadowRoot.textContent.includes('<img src=x'));
  assert.equal(await page.evaluate(() => document.getElementById('jobs').shadowRoot.querySelectorAll('img').length), 0);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  await context.close();
});

test('without the engine, the blockquotes stay and a note explains', async () => {
  const { context, page } = await openDemo({}, (p) => p.route('**/widget/verbatim_bg.wasm', (r) => r.fulfill({ status: 404, body: 'gone' })));
  await page.waitForFunction(() => /unavailable/.test(document.getElementById('jobs').shadowRoot.querySelector('.note').textContent));
  const visible = await page.locator('#jobs blockquote').first().isVisible();
  assert.ok(visible, 'the host’s blockquotes are still shown');
  assert.equal(await page.locator('h1').textContent(), 'Four papers, one minister, four different quotes');
  await context.close();
});

test('dark theme by attribute', async () => {
  const { context, page } = await openDemo({ colorScheme: 'dark', viewport: { width: 1000, height: 1200 } });
  await rendered(page, 'jobs');
  const bg = await page.evaluate(() => getComputedStyle(document.getElementById('jobs').shadowRoot.querySelector('.view')).backgroundColor);
  assert.equal(bg, 'rgb(28, 30, 34)');
  await page.evaluate(() => document.getElementById('jobs').setAttribute('theme', 'light'));
  const light = await page.evaluate(() => getComputedStyle(document.getElementById('jobs').shadowRoot.querySelector('.view')).backgroundColor);
  assert.equal(light, 'rgb(251, 250, 247)');
  await page.screenshot({ path: await artifact('widget-dark.png'), fullPage: true });
  await context.close();
});

test('the host page\'s direction and text settings stop at the widget, its note included', async () => {
  const { context, page } = await openDemo({}, (p) => p.route('**/widget/verbatim_bg.wasm', (r) => r.fulfill({ status: 404, body: 'gone' })));
  // The CSP forbids inline styles: set them through the CSSOM, as a host stylesheet would.
  await page.evaluate(() => {
    const post = document.querySelector('.post');
    Object.assign(post.style, { direction: 'rtl', letterSpacing: '4px', fontStyle: 'italic', textTransform: 'uppercase' });
  });
  await page.waitForFunction(() => /unavailable/.test(document.getElementById('jobs').shadowRoot.querySelector('.note').textContent));
  const note = await page.evaluate(() => {
    const s = getComputedStyle(document.getElementById('jobs').shadowRoot.querySelector('.note'));
    return { direction: s.direction, spacing: s.letterSpacing, style: s.fontStyle, transform: s.textTransform };
  });
  assert.deepEqual(note, { direction: 'ltr', spacing: 'normal', style: 'normal', transform: 'none' });
  await context.close();
});

/** A widget of `n` versions of about `chars` characters each, added to the post. */
function addLongWidget(page, id, n, chars) {
  return page.evaluate(([id, n, chars]) => {
    const words = ['the', 'ferries', 'wait', 'in', 'northern', 'bay', 'Vale', 'said', 'on', 'Friday', 'port', 'storm'];
    const w = document.createElement('verbatim-compare');
    w.id = id;
    for (let v = 0; v < n; v++) {
      let text = '';
      for (let i = 0; text.length < chars; i++) text += words[(i * 7 + (i % (v + 3) === 0 ? v : 0)) % words.length] + ' ';
      const q = document.createElement('blockquote');
      q.dataset.outlet = `Outlet ${v + 1}`;
      q.textContent = text;
      w.append(q);
    }
    document.querySelector('.post').append(w);
  }, [id, n, chars]);
}

test('versions over the size cap are not compared on the host\'s thread: the note says why', async () => {
  const { context, page } = await openDemo();
  await rendered(page, 'jobs');
  await addLongWidget(page, 'huge', 4, 5000);
  await page.waitForFunction(() => /too long for an embed \(\d+ characters; it compares up to 12000\)/
    .test(document.getElementById('huge')?.shadowRoot?.querySelector('.note').textContent ?? ''));
  assert.ok(await page.locator('#huge blockquote').first().isVisible(), 'the blockquotes stay');
  await context.close();
});

test('at the size cap the widget compares the versions on the host page and marks their changes', async () => {
  // How long that blocks the host is measured by `make bench` (P7), not here.
  const { context, page } = await openDemo();
  await rendered(page, 'jobs');
  await addLongWidget(page, 'capped', 6, 1990);
  await rendered(page, 'capped');
  const shown = await page.evaluate(() => {
    const root = document.getElementById('capped').shadowRoot;
    return { note: root.querySelector('.note').textContent, changes: root.querySelectorAll('[part~="change"]').length };
  });
  assert.doesNotMatch(shown.note, /too long/);
  assert.ok(shown.changes > 0, 'the six versions differ, so changes are marked');
  await context.close();
});

test('the parts the README documents exist, and a host stylesheet can style them', async () => {
  const { context, page } = await openDemo();
  await rendered(page, 'jobs');
  const styled = await page.evaluate(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('#jobs::part(change) { outline: 3px solid rgb(1, 2, 3); } #jobs::part(base) { border-left-color: rgb(4, 5, 6); }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    const root = document.getElementById('jobs').shadowRoot;
    const parts = ['view', 'base', 'version', 'change'].map((p) => [p, root.querySelectorAll(`[part~="${p}"]`).length]);
    return {
      parts: Object.fromEntries(parts),
      change: getComputedStyle(root.querySelector('[part~="change"]')).outlineColor,
      base: getComputedStyle(root.querySelector('[part~="base"]')).borderLeftColor,
    };
  });
  assert.equal(styled.parts.view, 1);
  assert.equal(styled.parts.base, 1);
  assert.ok(styled.parts.version >= 1 && styled.parts.change >= 1, JSON.stringify(styled.parts));
  assert.equal(styled.change, 'rgb(1, 2, 3)');
  assert.equal(styled.base, 'rgb(4, 5, 6)');
  await context.close();
});
