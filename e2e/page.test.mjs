// The page, used as a person uses it: paste, drop, the example, the statement view, the
// controls, the keyboard, a reload; in Debian's Chromium through playwright-core.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serve, launch, watch, artifact, watchLongTasks, longestTask, comparePairFiles, openBlogPost, analysed, distDir, openPage as openHarnessPage } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const openPage = (options) => openHarnessPage(browser, server, options);

function foreignRequests(seen) {
  return seen.requests.filter((u) => !u.startsWith(server.url) && !u.startsWith('data:'));
}

/** The inline view block of the version from `outlet`. */
function versionBlock(page, outlet) {
  return page.locator('#statement-body section.version', { has: page.locator(`.outlet:text-is("${outlet}")`) });
}

async function pickStatement(page, opening) {
  await page.locator('#matrix .pick', { hasText: opening }).click();
  // The base is shown with its attribution (`"The strike …," Orlova said`): the opening is in it.
  await page.waitForFunction((o) => document.querySelector('.base-text')?.textContent.includes(o), opening);
}

test('the weekday and the city are the only words that differ', async () => {
  const { context, page, seen } = await openPage();
  await page.fill('#cards .card[data-index="0"] textarea', 'Vale said on Friday in Tallinm.');
  await page.fill('#cards .card[data-index="1"] textarea', 'Vale said on Thursday in Tallinn.');
  await analysed(page);
  const body = page.locator('#statement-body .inline-diff');
  assert.deepEqual(await body.locator('del').allTextContents(), ['Friday', 'Tallinm']);
  assert.deepEqual(await body.locator('ins').allTextContents(), ['Thursday', 'Tallinn']);
  assert.deepEqual(await body.locator('.kind').allTextContents(), ['date', 'name']);
  await page.screenshot({ path: await artifact('two-sentences.png'), fullPage: true });
  assert.deepEqual(foreignRequests(seen), []);
  assert.deepEqual(seen.errors, []);
  await context.close();
});

test('where two outlets both depart from the base, the one closest to the other shows how they differ', async () => {
  const { context, page, seen } = await openPage();
  await page.fill('#cards .card[data-index="0"] textarea', 'Ana Vale wrote: “With great hope I declare the strike over for the northern ports.”');
  await page.fill('#cards .card[data-index="1"] textarea', 'Ana Vale said: “It’s therefore with great hope that I declare the strike over for the northern ports.”');
  await page.click('#add-article');
  await page.fill('#cards .card[data-index="2"] textarea', 'Ana Vale said: “It is therefore with great hope that we declare the strike over for the northern ports.”');
  await analysed(page);
  await page.selectOption('#base', '0');
  await page.waitForFunction(() => document.querySelector('.base-line .outlet')?.textContent === 'Article 1');
  // Against the base, each outlet adds its opening; against each other, the third changes
  // `It’s` to `It is` and `I` to `we` (shown with the verb they govern), under its inline view.
  const variants = page.locator('#statement-body section.version .variants');
  assert.equal(await variants.count(), 1);
  assert.match(await variants.textContent(), /^against Article 2, the closest wording/);
  assert.deepEqual(await variants.locator('.change del').allTextContents(), ['It’s therefore', 'I declare']);
  assert.deepEqual(await variants.locator('.change ins').allTextContents(), ['It is therefore', 'we declare']);
  await page.screenshot({ path: await artifact('variants.png'), fullPage: true });
  // Substantive only hides the cosmetic `It’s` / `It is`, and keeps `I` / `we`.
  await page.check('#substantive');
  await page.waitForFunction(() => document.querySelectorAll('#statement-body .variants .change').length === 1);
  assert.deepEqual(await variants.locator('.change ins').allTextContents(), ['we declare']);
  assert.deepEqual(seen.errors, []);
  await context.close();
});

test('markup pasted as an article is shown as text and never runs', async () => {
  const { context, page, seen } = await openPage();
  const payload = '<img src=x onerror="window.__pwned=1"> Vale said the ships wait in the bay.';
  await page.fill('#cards .card[data-index="0"] textarea', payload);
  await page.fill('#cards .card[data-index="1"] textarea', 'Vale said the ships wait in the northern bay.');
  await analysed(page);
  assert.equal(await page.locator('#results img').count(), 0);
  assert.ok((await page.locator('#statement-body').textContent()).includes('<img src=x'));
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.ok(!seen.requests.some((u) => u.endsWith('/x')), 'the img was never requested');
  await context.close();
});

test('rich text pasted from a web page becomes plain text', async () => {
  const { context, page } = await openPage();
  const area = page.locator('#cards .card[data-index="0"] textarea');
  await area.focus();
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData('text/html', '<h1>Port news</h1><p>Vale <b>said</b> ships wait.</p><script>window.__ran=1</script><img src=y onerror="window.__pwned=1">');
    data.setData('text/plain', 'Port news Vale said ships wait.');
    const target = document.querySelector('#cards .card[data-index="0"] textarea');
    target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  assert.equal(await area.inputValue(), 'Port news\nVale said ships wait.');
  assert.equal(await page.evaluate(() => window.__ran ?? window.__pwned), undefined);
  await context.close();
});

test('several dropped files become articles', async () => {
  const { context, page } = await openPage();
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.items.add(new File(['“The harbour stays closed until the storm passes,” Vale said on Monday.'], '01_harbour-post.txt', { type: 'text/plain' }));
    data.items.add(new File(['<p>“The harbour stays closed until the storm has passed,” Vale said on Tuesday.</p>'], 'wire.html', { type: 'text/html' }));
    data.items.add(new File(['# Notes\n“The harbour stays closed until the storm passes,” said Vale.'], 'notes.md', { type: 'text/markdown' }));
    data.items.add(new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1])], 'photo.png', { type: 'image/png' }));
    document.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  });
  await page.waitForFunction(() => document.querySelectorAll('#cards textarea').length === 3
    && [...document.querySelectorAll('#cards textarea')].every((t) => t.value.length > 0));
  const texts = await page.locator('#cards textarea').evaluateAll((ts) => ts.map((t) => t.value));
  assert.ok(texts[1].startsWith('“The harbour stays closed until the storm has passed,”'), 'HTML became text');
  // Each label is guessed from its file's name, marked as a guess, and stays editable.
  const labels = page.locator('#cards input.label');
  assert.deepEqual(await labels.evaluateAll((ls) => ls.map((l) => l.value)), ['Harbour Post', 'Wire', 'Notes']);
  assert.equal(await labels.first().getAttribute('class'), 'label guessed');
  assert.match(await labels.first().getAttribute('title'), /file name/);
  await labels.nth(1).fill('Coast Wire');
  assert.equal(await labels.nth(1).getAttribute('class'), 'label');
  await analysed(page);
  assert.equal(await page.locator('#matrix tr').count(), 2, 'one statement row under the header');
  await context.close();
});

test('the word model refines the first result, and the page works without it', async () => {
  // With the model: a first result on words alone, then the refined one.
  const { context, page, seen } = await openPage();
  const statuses = [];
  await page.exposeFunction('__status', (s) => statuses.push(s));
  await page.evaluate(() => new MutationObserver(() => window.__status(document.querySelector('#status').textContent))
    .observe(document.querySelector('#status'), { childList: true, characterData: true, subtree: true }));
  await page.click('#example');
  await analysed(page);
  assert.ok(statuses.some((s) => /Refining with the word model/.test(s)), statuses.join(' | '));
  assert.match(await page.locator('#status').textContent(), /Matched with the word model/);
  assert.ok(seen.requests.some((u) => u.endsWith('/verbatim-words.bin')));
  await context.close();
  // Without it (blocked, as offline): the lexical result stands, and the page says so.
  // (No service worker: requests it makes are not the test's to route.)
  const blocked = await browser.newContext({ serviceWorkers: 'block' });
  await blocked.route('**/verbatim-words.bin', (route) => route.abort());
  const p2 = await blocked.newPage();
  await p2.goto(server.url);
  await p2.waitForSelector('html[data-ready="true"]');
  await p2.click('#example');
  await p2.waitForFunction(() => /matched on words alone/.test(document.querySelector('#status').textContent));
  assert.ok(await p2.locator('#matrix tr').count() > 2, 'the statements are shown');
  await blocked.close();
});

test('the page starts and works under a strict Content-Security-Policy', async () => {
  const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
  const strict = await serve(undefined, { 'content-security-policy': CSP });
  const context = await browser.newContext();
  const page = await context.newPage();
  const seen = watch(page);
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(strict.url);
  await page.waitForSelector('html[data-ready="true"]');
  await page.click('#example');
  await analysed(page);
  assert.match(await page.locator('#status').textContent(), /Matched with the word model/);
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(seen.errors, []);
  await context.close();
  await strict.close();
});

test('the example shows every outlet\'s changes with their kinds', async () => {
  const { context, page, seen } = await openPage({ viewport: { width: 1280, height: 1000 } });
  await page.click('#example');
  await analysed(page);
  assert.equal(await page.locator('#cards textarea').count(), 4);
  assert.ok((await page.locator('#conflict-list').textContent()).includes('Tallnin'));
  await pickStatement(page, 'The strike has already cost');
  const coastline = versionBlock(page, 'Coastline Daily');
  const number = coastline.locator('.change[data-kind="number"]');
  assert.equal(await number.locator('del').textContent(), '700');
  assert.equal(await number.locator('ins').textContent(), '750');
  assert.equal(await number.locator('.kind').textContent(), 'number');
  const wire = versionBlock(page, 'Northern Wire');
  assert.equal(await wire.locator('.change[data-kind="name"] ins').textContent(), 'Värmland');
  await pickStatement(page, 'Under these conditions');
  const moved = page.locator('#statement-body .change[data-kind="moved"]');
  assert.ok(await moved.count() >= 2);
  assert.ok((await page.locator('#statement-body del.moved').allTextContents()).includes('Under these conditions'));
  await page.screenshot({ path: await artifact('example-light.png'), fullPage: true });
  assert.deepEqual(foreignRequests(seen), []);
  assert.deepEqual(seen.errors, []);
  await context.close();
});

test('the filter, the base, the views and the keyboard', async () => {
  const { context, page } = await openPage();
  await page.click('#example');
  await analysed(page);
  await pickStatement(page, 'The strike has already cost');
  assert.ok(await page.locator('#statement-body .change.cosmetic').count() > 0);
  await page.check('#substantive');
  assert.equal(await page.locator('#statement-body .change.cosmetic').count(), 0);
  assert.ok(await page.locator('#statement-body .change').count() > 0);

  // Keyboard: j to the first change, j to the second, k back.
  await page.locator('h1').click();
  await page.keyboard.press('j');
  const focused = () => page.evaluate(() => [...document.querySelectorAll('#statement-body .change')].indexOf(document.activeElement));
  assert.equal(await focused(), 0);
  await page.keyboard.press('j');
  assert.equal(await focused(), 1);
  await page.keyboard.press('k');
  assert.equal(await focused(), 0);

  // Base: the third article anchors every statement it carries.
  await page.selectOption('#base', '2');
  await page.waitForFunction(() => document.querySelector('.base-line .outlet')?.textContent === 'Northern Wire');
  assert.equal(await page.locator('.base-line .outlet').textContent(), 'Northern Wire');

  await page.selectOption('#mode', 'table');
  assert.ok(await page.locator('table.alignment td.differs').count() > 0);
  await page.selectOption('#mode', 'side');
  assert.equal(await page.locator('.side-by-side .side').count(), 2);
  assert.ok(await page.locator('.side-by-side del').count() > 0);
  await context.close();
});

test('the embed code pastes into a blog on another origin: it renders under the strict CSP, and reads with no script', async () => {
  const { context, page } = await openPage();
  await page.fill('#cards .card[data-index="0"] textarea', '“Prices & <wages> rise by 700 in the northern ports,” Vale said.');
  await page.fill('#cards .card[data-index="1"] textarea', '“Prices & <wages> rise by 750 in the ports,” Vale said.');
  await page.fill('#cards .card[data-index="1"] input.label', 'The "Quoted" Times');
  await analysed(page);
  await page.click('#copy-embed');
  const code = await page.inputValue('#embed-code');
  // The script is where the blogger uploads it, never the tool's own address.
  assert.ok(code.includes('<script type="module" src="/verbatim/verbatim-widget.js"></script>'), code);
  assert.ok(!code.includes(server.url), code);
  assert.ok(code.includes('data-outlet="The &quot;Quoted&quot; Times"'), code);
  assert.ok(code.includes('&lt;wages&gt;') && !code.includes('<wages>'), code);
  const csp = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
  // With the widget: the comparison, interactive.
  const blog = await browser.newContext();
  const post = await openBlogPost(blog, code, csp);
  await post.waitForFunction(() => document.querySelector('verbatim-compare')?.shadowRoot?.querySelector('.view')?.childElementCount > 0);
  const widget = await post.evaluate(() => {
    const root = document.querySelector('verbatim-compare').shadowRoot;
    return { del: [...root.querySelectorAll('del')].map((d) => d.textContent), ins: [...root.querySelectorAll('ins')].map((d) => d.textContent), outlets: [...root.querySelectorAll('.outlet')].map((o) => o.textContent) };
  });
  assert.ok(widget.outlets.includes('The "Quoted" Times'), JSON.stringify(widget));
  const changed = [...widget.del, ...widget.ins].join(' ');
  assert.ok(changed.includes('700') && changed.includes('750'), JSON.stringify(widget));
  await post.screenshot({ path: await artifact('blog-post.png'), fullPage: true });
  await blog.close();
  // Without JavaScript: the outlets and every change, in words.
  const plain = await browser.newContext({ javaScriptEnabled: false });
  const text = await openBlogPost(plain, code, csp);
  const read = await text.locator('verbatim-compare').innerText();
  assert.match(read, /The "Quoted" Times \((base|altered)\)/);
  assert.match(read, /deleted: (700|750)/);
  assert.match(read, /inserted: (700|750)/);
  assert.match(read, /\(number\)/);
  await plain.close();
  // The iframe form, on a host whose posts may hold an iframe and no script.
  const iframe = await page.inputValue('#embed-iframe');
  assert.match(iframe, /^<iframe src="\/verbatim\/embed\.html#w1=[A-Za-z0-9_-]+" title="How 2 outlets quoted: /);
  const host = await browser.newContext();
  const framed = await openBlogPost(host, iframe, "default-src 'self'; script-src 'none'; style-src 'self'");
  const frame = framed.frameLocator('iframe');
  await frame.locator('verbatim-compare').waitFor();
  await framed.waitForFunction(() => document.querySelector('iframe').contentDocument?.querySelector('verbatim-compare')?.shadowRoot?.querySelector('.view')?.childElementCount > 0);
  const inFrame = await framed.evaluate(() => {
    const root = document.querySelector('iframe').contentDocument.querySelector('verbatim-compare').shadowRoot;
    return [...root.querySelectorAll('del, ins')].map((e) => e.textContent).join(' ');
  });
  assert.ok(inFrame.includes('700') && inFrame.includes('750'), inFrame);
  assert.equal(await framed.locator('script').count(), 0, 'the post itself runs nothing');
  await host.close();
  await context.close();
});

test('what the user typed survives a reload', async () => {
  const { context, page } = await openPage();
  await page.fill('#cards .card[data-index="0"] textarea', 'First text, typed by hand.');
  await page.fill('#cards .card[data-index="1"] input.label', 'My outlet');
  await page.reload();
  await page.waitForSelector('html[data-ready="true"]');
  assert.equal(await page.inputValue('#cards .card[data-index="0"] textarea'), 'First text, typed by hand.');
  assert.equal(await page.inputValue('#cards .card[data-index="1"] input.label'), 'My outlet');
  await context.close();
});

test('one article gets a message, not an error', async () => {
  const { context, page, seen } = await openPage();
  await page.fill('#cards .card[data-index="0"] textarea', 'Only one article here.');
  await page.waitForFunction(() => /at least two articles/.test(document.querySelector('#status').textContent));
  assert.equal(await page.locator('#overview').isHidden(), true);
  assert.deepEqual(seen.errors, []);
  await context.close();
});

test('two long articles are compared without freezing the page', async () => {
  const { context, page } = await openPage();
  await watchLongTasks(page);
  // From a timer: a task of the page's own, which the Long Tasks API reports.
  await page.evaluate(() => new Promise((done) => setTimeout(() => {
    // Deterministic text: 4,000 sentences of made-up words; the second article shuffles them
    // and changes every tenth one, so there are thousands of shared statements.
    let seed = 42;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    const syllables = ['ha', 'bo', 'ri', 'ten', 'mar', 'lo', 'ves', 'ka', 'dun', 'pel', 'sor', 'mi'];
    const word = () => syllables[next() % 12] + syllables[next() % 12] + syllables[next() % 12];
    const sentences = Array.from({ length: 4000 }, () => {
      const s = Array.from({ length: 8 + (next() % 12) }, word).join(' ');
      return s[0].toUpperCase() + s.slice(1) + '.';
    });
    const other = sentences.map((s, i) => (i % 10 === 0 ? s.replace(' ', ' very ') : s)).reverse();
    const areas = document.querySelectorAll('#cards textarea');
    areas[0].value = sentences.join(' ');
    areas[0].dispatchEvent(new Event('input', { bubbles: true }));
    areas[1].value = other.join(' ');
    areas[1].dispatchEvent(new Event('input', { bubbles: true }));
    done();
  }, 0)));
  await page.waitForFunction(() => /showing the 200 most widely carried/.test(document.querySelector('#status').textContent), null, { timeout: 90000 });
  const longest = await longestTask(page);
  assert.ok(longest < 200, `the main thread was blocked for ${longest} ms`);
  assert.equal(await page.locator('#matrix tr').count(), 201);
  await context.close();
});

test('two pasted texts: their word diff, exactly', async () => {
  const { context, page, seen } = await openPage();
  await page.fill('#pair-old', 'The ferries leave on Friday from Minks, the port said.');
  await page.fill('#pair-new', 'The ferries leave on Thursday from Minsk, the port claimed.');
  await page.click('#pair-run');
  await page.waitForSelector('#pair-status[data-state="done"]');
  assert.deepEqual(await page.locator('#pair-out del').allTextContents(), ['Friday', 'Minks', 'said']);
  assert.deepEqual(await page.locator('#pair-out ins').allTextContents(), ['Thursday', 'Minsk', 'claimed']);
  // Lossless: the drawn text minus the deletions is the new text.
  const drawn = await page.evaluate(() => {
    const out = document.querySelector('#pair-out').cloneNode(true);
    out.querySelectorAll('del').forEach((d) => d.remove());
    return out.textContent;
  });
  assert.equal(drawn, 'The ferries leave on Thursday from Minsk, the port claimed.');
  assert.match(await page.textContent('#pair-status'), /^3 changed passages/);
  await page.locator('#pair').screenshot({ path: await artifact('pair.png') });
  // A second comparison (the idle worker takes it) replaces the first.
  await page.fill('#pair-new', 'The ferries leave on Saturday from Minks, the port said.');
  await page.click('#pair-run');
  await page.waitForFunction(() => document.querySelector('#pair-status').dataset.state === 'done'
    && /^1 changed passage\b/.test(document.querySelector('#pair-status').textContent));
  assert.deepEqual(await page.locator('#pair-out ins').allTextContents(), ['Saturday']);
  // One side empty: a message, and what was typed stays.
  await page.fill('#pair-new', '');
  await page.click('#pair-run');
  await page.waitForSelector('#pair-status.error');
  assert.match(await page.textContent('#pair-status'), /new text/);
  assert.equal(await page.inputValue('#pair-old'), 'The ferries leave on Friday from Minks, the port said.');
  assert.deepEqual(seen.errors, []);
  await context.close();
});

test('a million-word pair from files finishes without freezing the page, drawn as you scroll', async () => {
  const { similarPair } = await import('../bench/inputs.mjs');
  const [oldText, newText] = similarPair(1_000_000, 1_000_000);
  const { context, page, seen } = await openPage();
  const { seconds, state, clickedAt } = await comparePairFiles(page, oldText, newText, 120000);
  assert.equal(state, 'done', await page.textContent('#pair-status'));
  // Changed runs are the output's own del and ins (case-only ones sit inside a muted span).
  const runsDrawn = () => page.locator('#pair-out > del, #pair-out > ins').count();
  const first = await runsDrawn();
  assert.ok(first > 0 && first <= 400, `${first} changes drawn at first`);
  await page.locator('#pair-out .more').scrollIntoViewIfNeeded();
  await page.waitForFunction((n) => document.querySelectorAll('#pair-out > del, #pair-out > ins').length > n, first);
  const longest = await longestTask(page, clickedAt);
  console.log(`# 1M-word pair in the page: ${seconds.toFixed(1)} s, longest main-thread task ${longest} ms`);
  assert.ok(longest < 200, `the main thread was blocked for ${longest} ms`);
  assert.match(await page.textContent('#pair-status'), /changed passages/);
  assert.deepEqual(seen.errors, []);
  await context.close();
});

test('dark mode and a phone-sized window', async () => {
  for (const [name, options] of [
    ['example-dark.png', { colorScheme: 'dark', viewport: { width: 1280, height: 1000 } }],
    ['example-phone.png', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }],
  ]) {
    const { context, page } = await openPage(options);
    await page.click('#example');
    await analysed(page);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= options.viewport.width + 1, `${name}: no sideways scrolling (${width}px)`);
    await page.locator('#statement').scrollIntoViewIfNeeded();
    await page.screenshot({ path: await artifact(name), fullPage: true });
    await context.close();
  }
});

test('the five seed articles, pasted, show their statements and conflicts', async (t) => {
  const dir = join(import.meta.dirname, '..', '..', 'shared', 'seeds');
  if (!existsSync(dir)) { t.skip('../shared/seeds not found'); return; }
  const files = (await readdir(dir)).filter((f) => f.endsWith('.txt')).sort();
  const { context, page } = await openPage({ viewport: { width: 1280, height: 1000 } });
  for (let i = 0; i < files.length; i++) {
    if (i >= 2) await page.click('#add-article');
    await page.fill(`#cards .card[data-index="${i}"] textarea`, await readFile(join(dir, files[i]), 'utf8'));
  }
  await analysed(page);
  assert.ok(await page.locator('#matrix tr').count() >= 12, 'at least eleven statements');
  const conflicts = await page.locator('#conflict-list').textContent();
  for (const word of ['Minks', 'Shoigy', 'Friday']) assert.ok(conflicts.includes(word), word);
  assert.equal(await page.inputValue('#cards .card[data-index="4"] input.label'), 'RT');
  await page.screenshot({ path: await artifact('seeds.png'), fullPage: true });
  await context.close();
});

test('picking a statement brings it into view and focus; Remove can be undone; the skip link', async () => {
  const { context, page } = await openPage({ viewport: { width: 900, height: 700 } });
  await page.click('#example');
  await analysed(page);
  const rows = page.locator('#matrix .pick');
  await rows.nth(3).focus();
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'statement-title');
  assert.match(await page.textContent('#statement-title'), /^Statement 4 of/);
  const inView = await page.evaluate(() => {
    const r = document.getElementById('statement-title').getBoundingClientRect();
    // Scrolled to the top edge, give or take a fraction of a pixel of layout rounding.
    return r.top >= -1 && r.bottom <= innerHeight;
  });
  assert.ok(inView, 'the statement title is on screen');
  // The j/k hint shows only beside changes it can reach.
  await page.selectOption('#mode', 'table');
  assert.equal(await page.locator('#keys').isVisible(), (await page.locator('#statement-body .change').count()) > 0);
  // Remove, then Undo: the card is back where it was, text and label.
  const before = await page.locator('#cards textarea').evaluateAll((ts) => ts.map((t) => t.value));
  await page.click('#cards .card[data-index="1"] button.remove');
  assert.match(await page.textContent('#notice-text'), /removed\./);
  await page.click('#notice-undo');
  assert.deepEqual(await page.locator('#cards textarea').evaluateAll((ts) => ts.map((t) => t.value)), before);
  assert.equal(await page.locator('#notice').isHidden(), true);
  // The first Tab reaches the skip link, which leads to the results.
  await page.reload();
  await page.waitForSelector('html[data-ready="true"]');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'skip');
  await context.close();
});

test('exports: JSON, both CSVs, Markdown, and an HTML report that reads without JavaScript; printing gives the results', async () => {
  const { context, page } = await openPage({ acceptDownloads: true });
  await page.click('#example');
  await analysed(page);
  const saved = {};
  for (const format of ['json', 'csv', 'changes-csv', 'markdown', 'html']) {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(`#exports [data-export="${format}"]`)]);
    saved[format] = { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
  }
  const json = JSON.parse(saved.json.text);
  assert.equal(json.articles.length, 4);
  assert.equal(json.statements.length, await page.locator('#matrix .pick').count());
  assert.equal(saved.csv.name, 'verbatim-statements.csv');
  assert.match(saved.csv.text.split('\r\n')[0], /^"statement","base outlet","base text","Harbour Post","Coastline Daily"/);
  assert.ok(saved['changes-csv'].text.split('\r\n').length > 10);
  assert.match(saved.markdown.text, /^# How each outlet quoted it/);
  assert.match(saved.markdown.text, /~~[^~]+~~/);
  // The HTML report, opened with JavaScript off, shows every change with its words.
  const offline = await browser.newContext({ javaScriptEnabled: false });
  const report = await offline.newPage();
  await report.setContent(saved.html.text);
  assert.ok(await report.locator('del').count() > 0 && await report.locator('ins').count() > 0);
  assert.match(await report.locator('del').first().textContent(), /^deleted: /);
  assert.equal(await report.locator('script').count(), 0);
  await report.screenshot({ path: await artifact('report.png'), fullPage: true });
  await offline.close();
  // Printing the page gives the results, not the inputs and the buttons.
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('#inputs').isVisible(), false);
  assert.equal(await page.locator('.exports').isVisible(), false);
  assert.equal(await page.locator('#matrix').isVisible(), true);
  await page.pdf?.({ path: await artifact('print.pdf') }).catch(() => {});
  await context.close();
});

test('two texts: case and quote-style changes are shown (muted), and an HTML file is compared as its text', async () => {
  const { context, page } = await openPage();
  await page.fill('#pair-old', 'The book is “no” for now.');
  await page.fill('#pair-new', 'The BOOK is "no" for now.');
  await page.click('#pair-run');
  await page.waitForSelector('#pair-status[data-state="done"]');
  assert.match(await page.textContent('#pair-status'), /^0 changed passages .* 1 more differs only in case or quote marks/);
  assert.deepEqual(await page.locator('#pair-out .cosmetic del').allTextContents(), ['book', '“no”']);
  assert.deepEqual(await page.locator('#pair-out .cosmetic ins').allTextContents(), ['BOOK', '"no"']);
  await page.setInputFiles('#pair-old-file', { name: 'old.html', mimeType: 'text/html', buffer: Buffer.from('<html><head><style>p{}</style></head><body><h1>Port</h1><p>Ships <b>wait</b> on Friday.</p><script>x()</script></body></html>') });
  await page.waitForFunction(() => /old\.html: .* of text from its HTML/.test(document.querySelector('#pair-status').textContent));
  await page.fill('#pair-new', 'Port\nShips wait on Thursday.');
  await page.click('#pair-run');
  await page.waitForFunction(() => document.querySelector('#pair-status').dataset.state === 'done' && /^1 changed passage\b/.test(document.querySelector('#pair-status').textContent));
  assert.deepEqual(await page.locator('#pair-out del').allTextContents(), ['Friday']);
  assert.ok(!(await page.textContent('#pair-out')).includes('<'), 'no markup compared');
  await context.close();
});

test('a link keeps the whole view: opened in another browser it shows the same statement; a reload too; too long a link offers a file', async () => {
  const { context, page } = await openPage({ acceptDownloads: true });
  await page.click('#example');
  await analysed(page);
  await page.locator('#matrix .pick').nth(2).click();
  await page.selectOption('#mode', 'side');
  await page.check('#substantive');
  const title = await page.textContent('#statement-title');
  await page.click('#exports [data-export="link"]');
  await page.waitForFunction(() => location.hash.startsWith('#v1='));
  const link = page.url();
  const texts = await page.locator('#cards textarea').evaluateAll((ts) => ts.map((t) => t.value));
  // Another browser (fresh storage), with a text of its own that the link replaces, with Undo.
  const other = await browser.newContext();
  const second = await other.newPage();
  await second.goto(server.url);
  await second.waitForSelector('html[data-ready="true"]');
  await second.fill('#cards .card[data-index="0"] textarea', 'My own draft, typed here.');
  await second.goto(link);
  await second.waitForSelector('html[data-ready="true"]');
  await analysed(second);
  await second.waitForFunction((t) => document.querySelector('#statement-title').textContent === t, title);
  assert.equal(await second.inputValue('#mode'), 'side');
  assert.equal(await second.isChecked('#substantive'), true);
  assert.deepEqual(await second.locator('#cards textarea').evaluateAll((ts) => ts.map((t) => t.value)), texts);
  assert.match(await second.textContent('#notice-text'), /Opened from a shared link\. The articles you had here were replaced/);
  await second.click('#notice-undo');
  assert.equal(await second.inputValue('#cards .card[data-index="0"] textarea'), 'My own draft, typed here.');
  await other.close();
  // A reload keeps the view (the link is gone from the address once the view changes).
  await page.locator('#matrix .pick').nth(3).click();
  await page.selectOption('#mode', 'table');
  assert.ok(!page.url().includes('#v1='));
  await page.reload();
  await page.waitForSelector('html[data-ready="true"]');
  await analysed(page);
  assert.match(await page.textContent('#statement-title'), /^Statement 4 of/);
  assert.equal(await page.inputValue('#mode'), 'table');
  // Texts too long for a link: a notice, and the comparison file, which opens again.
  await page.evaluate(() => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    const word = () => Math.floor(next() / 65536).toString(36);
    const area = document.querySelector('#cards .card[data-index="3"] textarea');
    area.value = Array.from({ length: 6000 }, word).join(' ');
    area.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await analysed(page);
  await page.click('#exports [data-export="link"]');
  await page.waitForFunction(() => /too long for most mail and chat programs/.test(document.querySelector('#notice-text').textContent));
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#exports [data-export="file"]')]);
  assert.equal(download.suggestedFilename(), 'comparison.verbatim.json');
  const file = await readFile(await download.path());
  const third = await browser.newContext();
  const reopened = await third.newPage();
  await reopened.goto(server.url);
  await reopened.waitForSelector('html[data-ready="true"]');
  await reopened.setInputFiles('#open-files', { name: 'comparison.verbatim.json', mimeType: 'application/json', buffer: file });
  await analysed(reopened);
  assert.equal((await reopened.inputValue('#cards .card[data-index="3"] textarea')).split(' ').length, 6000);
  assert.match(await reopened.textContent('#statement-title'), /^Statement 4 of/);
  await third.close();
  await context.close();
});

test('a version and a conflicting fact open in their article, the passage marked; Back returns', async () => {
  const { context, page } = await openPage({ viewport: { width: 1000, height: 800 } });
  await page.click('#example');
  await analysed(page);
  await pickStatement(page, 'The unions have refused');
  const button = page.locator('#statement-body .version-head button.context').first();
  const outlet = await page.locator('#statement-body .version-head .outlet').first().textContent();
  const versionText = await page.evaluate(() => document.querySelector('#statement-body .version-head').closest('section').querySelector('.inline-diff').textContent);
  await button.click();
  assert.equal(await page.locator('#context').isVisible(), true);
  assert.equal(await page.textContent('#context-title'), outlet);
  const marked = await page.textContent('#context-text mark');
  // The article's passage is the version with its attribution; the diff shows its quoted words.
  assert.ok(marked.length > 10 && marked.includes(versionText.trim().split(' ')[0]), marked);
  const card = await page.locator('#cards textarea').evaluateAll((ts, o) => ts.map((t) => t.value), outlet);
  assert.ok(card.some((t) => t.includes(marked)), 'the marked passage is the article\'s own text');
  const markInView = await page.evaluate(() => {
    const r = document.querySelector('#context-text mark').getBoundingClientRect();
    const d = document.getElementById('context').getBoundingClientRect();
    return r.top >= d.top && r.bottom <= d.bottom;
  });
  assert.ok(markInView, 'the passage is scrolled into view');
  await page.screenshot({ path: await artifact('context.png') });
  await page.click('#context-close');
  assert.equal(await page.locator('#context').isVisible(), false);
  assert.equal(await page.evaluate(() => document.activeElement.classList.contains('context')), true, 'focus back on its button');
  // A fact that disagrees outside the quotes: its outlet opens the article at the mention.
  const mention = page.locator('#conflict-list button.mention').first();
  await mention.click();
  const mark = await page.textContent('#context-text mark');
  const quoted = await page.locator('#conflict-list li').first().locator('q').allTextContents();
  assert.ok(quoted.includes(mark), `${mark} in ${quoted}`);
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('#context').isVisible(), false);
  await context.close();
});

test('check marks: a statement and a version, kept across a reload and in a shared link', async () => {
  const { context, page } = await openPage();
  await page.click('#example');
  await analysed(page);
  await pickStatement(page, 'The unions have refused');
  await page.check('#checked-statement');
  await page.locator('#statement-body .version-check input').first().check();
  const row = page.locator('#matrix tr', { has: page.locator('.pick', { hasText: 'The unions have refused' }) });
  assert.equal(await row.locator('.checked-mark').count(), 1);
  assert.match(await row.locator('.pick').textContent(), /\(checked\)$/);
  assert.equal(await page.locator('#matrix .checked-mark').count(), 1, 'only that statement');
  // A reload, and another statement picked and back: the marks follow the statement.
  await page.reload();
  await page.waitForSelector('html[data-ready="true"]');
  await analysed(page);
  await pickStatement(page, 'The strike has already');
  assert.equal(await page.isChecked('#checked-statement'), false);
  await pickStatement(page, 'The unions have refused');
  assert.equal(await page.isChecked('#checked-statement'), true);
  assert.equal(await page.locator('#statement-body .version-check input').first().isChecked(), true);
  // In a link, opened elsewhere.
  await page.click('#exports [data-export="link"]');
  await page.waitForFunction(() => location.hash.startsWith('#v1='));
  const other = await browser.newContext();
  const second = await other.newPage();
  await second.goto(page.url());
  await second.waitForSelector('html[data-ready="true"]');
  await analysed(second);
  await second.waitForFunction(() => document.querySelectorAll('#matrix .checked-mark').length === 1);
  await other.close();
  await context.close();
});

test('after the first visit the page works with the network off', async () => {
  const { context, page } = await openPage();
  await page.click('#example');
  await analysed(page);
  // The service worker has installed and controls the page; the word model was fetched.
  await page.waitForFunction(async () => (await navigator.serviceWorker.ready) && navigator.serviceWorker.controller !== null);
  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector('html[data-ready="true"]');
  await analysed(page);
  assert.match(await page.textContent('#status'), /shared statements/);
  // A fresh worker and a second comparison, still offline.
  await page.fill('#cards .card[data-index="1"] textarea', 'Vale said the ferries wait in the bay on Friday.');
  await page.fill('#cards .card[data-index="0"] textarea', 'Vale said the ferries wait in the bay on Monday.');
  await analysed(page);
  assert.ok((await page.locator('#statement-body del').allTextContents()).length > 0);
  await context.close();
});

test('verbatim.html, saved from the page and opened from disk, works on its own: a comparison refined by the word model, and the example', async () => {
  // The served page offers the file; the saved file does not offer itself again.
  const served = await openPage();
  const href = await served.page.getAttribute('#save-single', 'href');
  const saved = await served.page.evaluate(async (h) => (await fetch(h)).text(), href);
  assert.match(saved, /id="verbatim-files"/);
  await served.context.close();
  const context = await browser.newContext();
  const page = await context.newPage();
  const seen = watch(page);
  await page.goto(`file://${join(distDir, 'verbatim.html')}`);
  await page.waitForSelector('html[data-ready="true"]');
  assert.equal(await page.locator('#save-single').count(), 0);
  await page.fill('#cards .card[data-index="0"] textarea', 'Vale said the ferries wait in the bay on Monday.');
  await page.fill('#cards .card[data-index="1"] textarea', 'Vale said the ferries wait in the bay on Friday.');
  await page.waitForFunction(() => document.querySelectorAll('#statement-body del, #statement-body ins').length > 0);
  await analysed(page);
  const changed = [...await page.locator('#statement-body del').allTextContents(), ...await page.locator('#statement-body ins').allTextContents()];
  assert.deepEqual(changed.sort(), ['Friday', 'Monday']);
  // The word model is inside the file too: the result was refined, not "matched on words alone".
  assert.match(await page.textContent('#status'), /with the word model/);
  page.once('dialog', (dialog) => dialog.accept()); // "Replace your articles with the example?"
  await page.click('#example');
  await page.waitForFunction(() => document.querySelectorAll('#cards .card').length > 2);
  await analysed(page);
  assert.match(await page.textContent('#status'), /\d+ shared statements/);
  // Nothing but the file itself and what it holds (data: and blob: URLs).
  assert.deepEqual(seen.requests.filter((u) => !/^(data|blob):/.test(u) && !u.endsWith('/verbatim.html')), []);
  assert.deepEqual(seen.errors, []);
  await context.close();
});
