// Every place user text enters the page or the widget, with every payload of xss-payloads.mjs:
// typed article text (and all three views of it), rich text pasted, dropped files (their names
// and contents, and the outlet labels guessed from them and from datelines), cards restored from
// storage, the copied embed code pasted into a fresh page, the widget's blockquotes and
// attributes, the two-text mode. Served under the strict CSP a newsroom would use. After each:
// nothing ran (no __hit, no dialog), nothing was requested beyond the page's own files, and no
// element or event-handler attribute came from user text.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openBlogPost, BLOG, analysed } from './harness.mjs';
import { PAYLOADS } from './xss-payloads.mjs';

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
let server, browser;
before(async () => {
  server = await serve(undefined, { 'content-security-policy': CSP });
  browser = await launch();
});
after(async () => { await browser?.close(); await server?.close(); });

test('there are at least 60 payloads', () => {
  assert.ok(PAYLOADS.length >= 60, `${PAYLOADS.length} payloads`);
});

/** A fresh context and page that record hits, dialogs and requests. */
async function open(path = '') {
  const context = await browser.newContext();
  const page = await context.newPage();
  const seen = { dialogs: [], requests: [] };
  page.on('dialog', (d) => { seen.dialogs.push(d.message()); d.dismiss().catch(() => {}); });
  context.on('request', (r) => seen.requests.push(r.url()));
  await page.addInitScript(() => {
    window.__hits = [];
    window.__hit = (n) => window.__hits.push(n);
  });
  if (path !== null) await page.goto(server.url + path);
  return { context, page, seen };
}

/** Elements a payload would make, and event-handler attributes, in the document and every
 * shadow root. */
function dangerous(page) {
  return page.evaluate(() => {
    const tags = new Set(['IMG', 'SVG', 'IFRAME', 'OBJECT', 'EMBED', 'MATH', 'VIDEO', 'AUDIO', 'SOURCE',
      'MARQUEE', 'DETAILS', 'FRAME', 'FRAMESET', 'FORM', 'BASE', 'IMAGE', 'KEYGEN', 'BGSOUND', 'TEMPLATE', 'X']);
    const found = [];
    const walk = (root) => {
      for (const el of root.querySelectorAll('*')) {
        const name = el.tagName.toUpperCase();
        if (tags.has(name)) found.push(name);
        // The page's own scripts (the widget's, in a blog post) are same-origin files.
        const own = name === 'SCRIPT' && el.src && new URL(el.src).origin === location.origin;
        if (['SCRIPT', 'STYLE', 'LINK', 'META'].includes(name) && el.closest('body') && !own) found.push(name);
        for (const a of el.attributes) if (/^on/i.test(a.name)) found.push(`${name}[${a.name}]`);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    return found;
  });
}

async function assertNothingRan(page, seen, where, allowed = []) {
  assert.deepEqual(await page.evaluate(() => window.__hits), [], `${where}: a payload ran`);
  assert.deepEqual(seen.dialogs, [], `${where}: a dialog opened`);
  const foreign = seen.requests.filter((u) => !u.startsWith(server.url));
  assert.deepEqual(foreign, [], `${where}: foreign requests`);
  const own = seen.requests.filter((u) => u.startsWith(server.url))
    // The page's own files (the service worker's list of them included).
    .map((u) => new URL(u).pathname).filter((p) => !/\.(js|wasm|css|bin|svg|html)$/.test(p) && p !== '/' && p !== '/precache.json');
  assert.deepEqual(own, [], `${where}: requests for payload URLs`);
  const made = (await dangerous(page)).filter((d) => !allowed.includes(d));
  assert.deepEqual(made, [], `${where}: elements made from user text`);
}

async function ready(page) {
  await page.waitForSelector('html[data-ready="true"]');
}

/** Two articles quoting the same sentences, each sentence carrying one payload. */
function articles(payloads) {
  const first = payloads.map((p, i) => `“The ferries wait ${p} in bay ${i},” Vale said.`).join('\n');
  const second = payloads.map((p, i) => `“The ferries still wait ${p} in bay ${i},” Vale claimed.`).join('\n');
  return [first, second];
}

/** Shows every statement in every view (the overview, inline, table, side by side). */
async function showEverything(page) {
  const rows = await page.locator('#matrix .pick').count();
  for (let i = 0; i < rows; i += Math.max(1, Math.floor(rows / 8))) {
    await page.locator('#matrix .pick').nth(i).click();
    for (const mode of ['table', 'side', 'inline']) await page.selectOption('#mode', mode);
  }
}

test('typed article text, in every view, and the embed code it gives in a fresh page', async () => {
  const { context, page, seen } = await open();
  await ready(page);
  const [a, b] = articles(PAYLOADS);
  await page.fill('#cards .card[data-index="0"] textarea', a);
  await page.fill('#cards .card[data-index="1"] textarea', b);
  await page.fill('#cards .card[data-index="1"] input.label', PAYLOADS[57]);
  await analysed(page);
  assert.ok((await page.locator('#matrix .pick').count()) > 20, 'the payloads were compared');
  await showEverything(page);
  await assertNothingRan(page, seen, 'typed text');
  // The embed code of a statement, pasted as it is into a fresh page of the blog.
  await page.locator('#matrix .pick').nth(1).click();
  await page.click('#copy-embed');
  const code = await page.inputValue('#embed-code');
  const blogContext = await browser.newContext();
  const blogSeen = { dialogs: [], requests: [] };
  blogContext.on('request', (r) => blogSeen.requests.push(r.url()));
  blogContext.on('page', (p) => p.on('dialog', (d) => { blogSeen.dialogs.push(d.message()); d.dismiss().catch(() => {}); }));
  await blogContext.addInitScript(() => {
    window.__hits = [];
    window.__hit = (n) => window.__hits.push(n);
  });
  const blogPage = await openBlogPost(blogContext, code, CSP);
  await blogPage.waitForFunction(() => document.querySelector('verbatim-compare')?.shadowRoot?.querySelector('.view')?.childElementCount > 0);
  await assertNothingRan(blogPage, { ...blogSeen, requests: blogSeen.requests.filter((u) => !u.startsWith(BLOG)) }, 'embed code in a blog post');
  // Its own files only: the post and the widget's folder.
  assert.deepEqual(blogSeen.requests.filter((u) => u.startsWith(BLOG)).map((u) => new URL(u).pathname).filter((p) => p !== '/post.html' && !p.startsWith('/verbatim/')), []);
  await blogContext.close();
  await context.close();
});

test('rich text pasted into a card', async () => {
  const { context, page, seen } = await open();
  await ready(page);
  for (const [i, half] of [PAYLOADS.slice(0, 43), PAYLOADS.slice(43)].entries()) {
    await page.evaluate(([i, payloads]) => {
      const data = new DataTransfer();
      // As markup (the clipboard's HTML) and as its own text.
      data.setData('text/html', payloads.map((p, k) => `<p>“The ferries wait ${p} in bay ${k},” Vale said.</p>`).join(''));
      data.setData('text/plain', payloads.join('\n'));
      const area = document.querySelector(`#cards .card[data-index="${i}"] textarea`);
      area.focus();
      area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, [i, half]);
  }
  await page.fill('#cards .card[data-index="1"] textarea', articles(PAYLOADS)[1]);
  await analysed(page);
  await showEverything(page);
  await assertNothingRan(page, seen, 'rich paste');
  await context.close();
});

test('dropped files: names, contents, and the labels guessed from them and from datelines', async () => {
  for (let start = 0; start < PAYLOADS.length; start += 15) {
    const batch = PAYLOADS.slice(start, start + 15);
    const { context, page, seen } = await open();
    await ready(page);
    await page.evaluate((batch) => {
      const data = new DataTransfer();
      batch.forEach((p, k) => {
        // A dateline with the payload as the outlet, the payload inside the quote.
        const text = `LISBON (${p}) — “The ferries wait ${p} in the bay,” Vale said on Monday.\n— ${p}`;
        const name = k % 2 ? `${p}.txt` : `${String(k).padStart(2, '0')}_${p}.html`;
        data.items.add(new File([k % 2 ? text : `<p>${text}</p>`], name, { type: 'text/plain' }));
      });
      data.items.add(new File(['“The ferries wait in the bay,” Vale said.'], 'plain.txt', { type: 'text/plain' }));
      document.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, batch);
    await page.waitForFunction((n) => [...document.querySelectorAll('#cards textarea')].filter((t) => t.value).length === n, batch.length + 1);
    await analysed(page);
    await showEverything(page);
    await assertNothingRan(page, seen, `dropped files ${start}–${start + batch.length - 1}`);
    await context.close();
  }
});

test('cards restored from storage', async () => {
  const { context, page, seen } = await open('favicon.svg');
  const [a, b] = articles(PAYLOADS);
  await page.evaluate(([a, b, labels]) => {
    localStorage.setItem('verbatim.v2.cards', '3');
    localStorage.setItem('verbatim.v2.card.0', JSON.stringify({ text: a, label: labels[0], label_edited: true, file_name: labels[1], guessed_from: null }));
    localStorage.setItem('verbatim.v2.card.1', JSON.stringify({ text: b, label: labels[2], label_edited: false, file_name: null, guessed_from: labels[3] }));
    localStorage.setItem('verbatim.v2.card.2', JSON.stringify({ notKept: { label: labels[4], bytes: labels[5] } }));
  }, [a, b, PAYLOADS.slice(0, 6)]);
  await page.goto(server.url);
  await ready(page);
  await analysed(page);
  await showEverything(page);
  await assertNothingRan(page, seen, 'restored cards');
  await context.close();
});

test('the widget: blockquote text, outlets and attributes', async () => {
  const { context, page, seen } = await open('embed-demo.html');
  await page.waitForFunction(() => document.querySelector('verbatim-compare')?.shadowRoot?.querySelector('.view')?.childElementCount > 0);
  await page.evaluate((payloads) => {
    payloads.forEach((p, i) => {
      const w = document.createElement('verbatim-compare');
      w.id = `w${i}`;
      w.setAttribute('base', p);
      w.setAttribute('mode', i % 3 ? p : 'table');
      w.setAttribute('other', p);
      w.setAttribute('theme', p);
      for (const [outlet, text] of [[p, `The ferries wait ${p} in the bay.`], [`${p} Daily`, `The ferries still wait ${p} in a bay.`]]) {
        const q = document.createElement('blockquote');
        q.dataset.outlet = outlet;
        q.dataset.form = i % 2 ? p : 'paraphrase';
        q.textContent = text;
        w.append(q);
      }
      document.body.append(w);
    });
  }, PAYLOADS);
  await page.waitForFunction((n) => [...document.querySelectorAll('verbatim-compare[id^="w"]')]
    .filter((w) => w.shadowRoot.querySelector('.view').childElementCount > 0).length === n, PAYLOADS.length);
  // The blockquotes the host wrote are the host's; only the widgets' shadow roots are checked.
  await assertNothingRan(page, seen, 'widget');
  await context.close();
});

test('the two-text mode', async () => {
  const { context, page, seen } = await open();
  await ready(page);
  const [a, b] = articles(PAYLOADS);
  await page.fill('#pair-old', a);
  await page.fill('#pair-new', b);
  await page.click('#pair-run');
  await page.waitForSelector('#pair-status[data-state="done"]');
  assert.ok((await page.locator('#pair-out ins').count()) > 0);
  await assertNothingRan(page, seen, 'two-text mode');
  await context.close();
});
