// The page's worker: runs the engine (engine/verbatim.js, its own wasm build: the page's holds
// no engine) off the main thread, so the page never freezes, whatever is pasted. Its messages
// are written down in src/web/protocol.rs, through which the page builds and reads them. In:
// {id, request} for articles, or {id, pair: {old, new}} for two long texts (each a string or
// a File, read here, not on the page's thread). Out: {id, comparison, total, model}, {id, runs,
// old, new, cosmetic} (runs: the flat word diff with UTF-16 offsets, transferred, not copied;
// cosmetic: how many equal runs differ in case or quote marks), or {id, error}. Only the most
// widely carried statements go back (the engine sorts them so): the page shows an overview,
// and thousands of statements would cost the main thread seconds to receive and draw.
//
// The word model (verbatim-words.bin, a few MB) is fetched after the first result, matched on
// words alone, has gone back: that result says `model: "loading"`, and a second one for the
// same request follows with `model: "loaded"` (or `"unavailable"` when the file cannot be
// had: the first result stands). Later requests use the model at once. The browser's HTTP
// cache keeps the file for the next visit.
//
// The lines up to the marker say where the engine and the model come from; the single-file
// build (scripts/single-file) puts the engine's module in their place and both files inline.
import init, { compareArticles, diffWordsUtf16, loadWordModel, wordModelLoaded } from './engine/verbatim.js';
const ENGINE_WASM = undefined; // init() finds engine/verbatim_bg.wasm beside its module
const MODEL_URL = new URL('verbatim-words.bin', import.meta.url);
// -- end of what the worker loads --

const MAX_STATEMENTS = 200;
const ready = init(ENGINE_WASM && { module_or_path: ENGINE_WASM });
const text = (source) => (typeof source === 'string' ? source : source.text());
let model = null; // the promise of loading the word model: true when it loaded

async function fetchModel() {
  try {
    const response = await fetch(MODEL_URL);
    if (!response.ok) return false;
    loadWordModel(new Uint8Array(await response.arrayBuffer()));
    return true;
  } catch {
    return false;
  }
}

function compare(id, request, state) {
  const comparison = compareArticles(request);
  const total = comparison.statements.length;
  comparison.statements = comparison.statements.slice(0, MAX_STATEMENTS);
  self.postMessage({ id, comparison, total, model: state });
}

self.onmessage = async (event) => {
  const { id, request, pair } = event.data;
  try {
    await ready;
    if (pair) {
      const [oldText, newText] = await Promise.all([text(pair.old), text(pair.new)]);
      const runs = diffWordsUtf16(oldText, newText);
      // Equal runs whose texts differ: case or quote style only (the diff's keys fold them).
      let cosmetic = 0;
      for (let i = 0; i < runs.length; i += 5) {
        if (runs[i] === 0 && oldText.slice(runs[i + 1], runs[i + 2]).replace(/\s+/g, ' ') !== newText.slice(runs[i + 3], runs[i + 4]).replace(/\s+/g, ' ')) cosmetic++;
      }
      self.postMessage({ id, runs, old: oldText, new: newText, cosmetic }, [runs.buffer]);
      return;
    }
    if (wordModelLoaded()) {
      compare(id, request, 'loaded');
      return;
    }
    compare(id, request, 'loading');
    model ??= fetchModel();
    if (await model) {
      compare(id, request, 'loaded');
    } else {
      self.postMessage({ id, model: 'unavailable' });
    }
  } catch (error) {
    self.postMessage({ id, error: await describe(error) });
  }
};

// What went wrong, in words: the page shows it as it is (and then starts a fresh worker, since
// a wasm instance that trapped may be left in any state).
async function describe(error) {
  const detail = String((error && error.message) || error);
  if (!(await ready.then(() => true, () => false))) {
    return `Verbatim could not load its engine (${detail}). Reload the page to try again.`;
  }
  if (error instanceof WebAssembly.RuntimeError) {
    return `The engine failed on these texts (an internal error: ${detail}). `
      + 'Please report it with the texts; editing them may help.';
  }
  return detail;
}
