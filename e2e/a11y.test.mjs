// Accessibility: axe-core (the engine behind most accessibility checkers) over the page, its
// statement view in each mode, the context dialog, and the widget demo, light and dark. No
// serious or critical violation may remain; the others are printed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serve, launch, artifact } from './harness.mjs';

const axeSource = await readFile(join(import.meta.dirname, '..', 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** Runs axe in the page (evaluated from its source: the page's own CSP stays as served). */
async function axe(page, where) {
  await page.evaluate(axeSource);
  const results = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  for (const v of results.violations.filter((x) => !serious.includes(x))) {
    console.log(`# ${where}: ${v.impact} ${v.id} (${v.nodes.length})`);
  }
  const summary = serious.map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('; ')}`);
  assert.deepEqual(summary, [], `${where}: ${summary.join('\n')}`);
}

for (const colorScheme of ['light', 'dark']) {
  test(`the page, its views and the context dialog (${colorScheme})`, async () => {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    await page.goto(server.url);
    await page.waitForSelector('html[data-ready="true"]');
    await axe(page, `empty page, ${colorScheme}`);
    await page.click('#example');
    await page.waitForFunction(() => /Matched with the word model|shared statements/.test(document.querySelector('#status').textContent)
      && document.getElementById('results').getAttribute('aria-busy') === 'false' && !/Refining/.test(document.querySelector('#status').textContent));
    for (const mode of ['inline', 'table', 'side']) {
      await page.selectOption('#mode', mode);
      await axe(page, `${mode} view, ${colorScheme}`);
    }
    await page.selectOption('#mode', 'inline');
    await page.locator('#statement-body button.context').first().click();
    await axe(page, `context dialog, ${colorScheme}`);
    await page.screenshot({ path: await artifact(`a11y-${colorScheme}.png`), fullPage: true });
    await context.close();
  });

  test(`the widget demo (${colorScheme})`, async () => {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    await page.goto(`${server.url}embed-demo.html`);
    await page.waitForFunction(() => [...document.querySelectorAll('verbatim-compare')].every((w) => w.shadowRoot?.querySelector('.view')?.childElementCount > 0));
    await axe(page, `widget demo, ${colorScheme}`);
    await context.close();
  });
}
