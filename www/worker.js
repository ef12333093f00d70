// The page's worker: runs the engine (the same wasm as the page) off the main thread, so the
// page never freezes, whatever is pasted. Messages in: {id, request}; out: {id, comparison}
// or {id, error}.
import init, { compareArticles } from './verbatim.js';

const ready = init();

self.onmessage = async (event) => {
  const { id, request } = event.data;
  try {
    await ready;
    self.postMessage({ id, comparison: compareArticles(request) });
  } catch (error) {
    self.postMessage({ id, error: String((error && error.message) || error) });
  }
};
