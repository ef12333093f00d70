// The page's worker: runs the engine (the same wasm as the page) off the main thread, so the
// page never freezes, whatever is pasted. Messages in: {id, request}; out: {id, comparison,
// total} or {id, error}. Only the most widely carried statements go back (the engine sorts
// them so): the page shows an overview, and thousands of statements would cost the main
// thread seconds to receive and draw.
import init, { compareArticles } from './verbatim.js';

const MAX_STATEMENTS = 200;
const ready = init();

self.onmessage = async (event) => {
  const { id, request } = event.data;
  try {
    await ready;
    const comparison = compareArticles(request);
    const total = comparison.statements.length;
    comparison.statements = comparison.statements.slice(0, MAX_STATEMENTS);
    self.postMessage({ id, comparison, total });
  } catch (error) {
    self.postMessage({ id, error: String((error && error.message) || error) });
  }
};
