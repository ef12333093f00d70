// The first page: two outlets' texts, Compare, an inline word diff computed in WebAssembly.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, watch, artifact } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

async function openPage() {
  const page = await browser.newPage();
  const seen = watch(page);
  await page.goto(server.url);
  // The button is enabled by the WASM module once it has wired the page.
  await page.locator('#compare:enabled').waitFor();
  return { page, seen };
}

test('the weekday and the city are the only words that differ', async () => {
  const { page, seen } = await openPage();
  await page.fill('#article-a', 'Shoigu said on Friday in Minks.');
  await page.fill('#article-b', 'Shoigu said on Thursday in Minsk.');
  await page.click('#compare');
  const result = page.locator('#result .inline-diff');
  await result.waitFor();
  assert.deepEqual(await result.locator('del').allTextContents(), ['Friday', 'Minks']);
  assert.deepEqual(await result.locator('ins').allTextContents(), ['Thursday', 'Minsk']);
  assert.equal(await result.textContent(), 'Shoigu said on FridayThursday in MinksMinsk.');
  await page.screenshot({ path: await artifact('skeleton.png'), fullPage: true });
  const foreign = seen.requests.filter((u) => !u.startsWith(server.url) && !u.startsWith('data:'));
  assert.deepEqual(foreign, [], 'the page must only talk to its own host');
  assert.deepEqual(seen.errors, []);
  await page.close();
});

test('markup pasted as an article is shown as text and never runs', async () => {
  const { page, seen } = await openPage();
  const payload = '<img src=x onerror="window.__pwned=1">';
  await page.fill('#article-a', payload);
  await page.fill('#article-b', 'An ordinary sentence.');
  await page.click('#compare');
  const result = page.locator('#result .inline-diff');
  await result.waitFor();
  assert.equal(await page.locator('#result img').count(), 0);
  assert.ok((await result.textContent()).includes(payload));
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.ok(!seen.requests.some((u) => u.endsWith('/x')), 'the img must not have been requested');
  await page.close();
});

test('empty input gets a message instead of a result', async () => {
  const { page } = await openPage();
  await page.fill('#article-a', '   ');
  await page.fill('#article-b', 'Something');
  await page.click('#compare');
  await page.locator('#result .message').waitFor();
  assert.match(await page.locator('#result .message').textContent(), /both boxes/);
  assert.equal(await page.inputValue('#article-b'), 'Something', 'what the user typed stays');
  await page.close();
});
