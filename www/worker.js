// The page's worker: runs the engine (the same wasm as the page) off the main thread, so the
// page never freezes, whatever is pasted. Messages in: {id, request} for articles, or
// {id, pair: {old, new}} for two long texts (each a string or a File, read here, not on the
// page's thread). Out: {id, comparison, total}, {id, runs, old, new} (runs: the flat word
// diff with UTF-16 offsets, transferred, not copied), or {id, error}. Only the most widely
// carried statements go back (the engine sorts them so): the page shows an overview, and
// thousands of statements would cost the main thread seconds to receive and draw.
import init, { compareArticles, diffWordsUtf16 } from './verbatim.js';

const MAX_STATEMENTS = 200;
const ready = init();
const text = (source) => (typeof source === 'string' ? source : source.text());

self.onmessage = async (event) => {
  const { id, request, pair } = event.data;
  try {
    await ready;
    if (pair) {
      const [oldText, newText] = await Promise.all([text(pair.old), text(pair.new)]);
      const runs = diffWordsUtf16(oldText, newText);
      self.postMessage({ id, runs, old: oldText, new: newText }, [runs.buffer]);
      return;
    }
    const comparison = compareArticles(request);
    const total = comparison.statements.length;
    comparison.statements = comparison.statements.slice(0, MAX_STATEMENTS);
    self.postMessage({ id, comparison, total });
  } catch (error) {
    self.postMessage({ id, error: String((error && error.message) || error) });
  }
};
