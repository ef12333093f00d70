// Packing the page's state into a URL fragment and back, with the browser's own compression
// (CompressionStream, deflate-raw) and base64url: no server, no library. Called from
// src/web/share.rs; each takes a callback (the page's wasm has no promise glue of its own).

const toBase64Url = (bytes) => {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};
const fromBase64Url = (text) => {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
};
const through = async (bytes, stream) => new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(stream)).arrayBuffer());

/** Compresses `json` into a fragment-safe string; calls done(packed) or fail(message). */
export function packState(json, done, fail) {
  through(new TextEncoder().encode(json), new CompressionStream('deflate-raw'))
    .then((bytes) => done(toBase64Url(bytes)), (e) => fail(String(e && e.message || e)));
}

/** The inverse of packState; calls done(json) or fail(message) (a damaged or cut link). */
export function unpackState(packed, done, fail) {
  let bytes;
  try { bytes = fromBase64Url(packed); } catch (e) { fail('the link is not a Verbatim link'); return; }
  through(bytes, new DecompressionStream('deflate-raw'))
    .then((out) => done(new TextDecoder('utf-8', { fatal: true }).decode(out)), () => fail('the link is damaged or cut short'));
}
