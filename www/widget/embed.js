// The iframe embed (embed.html#w1=…): for hosts that allow iframes but not scripts in a post.
// Its fragment holds one statement's versions (base64url of UTF-8 JSON: {base, versions:
// [{text, label, form}]}), written by the page's "Copy embed code"; this page puts them in a
// <verbatim-compare> (as text: nothing in the fragment becomes markup) for the widget to show.
const note = document.getElementById('embed-note');
try {
  const packed = location.hash.startsWith('#w1=') ? location.hash.slice(4) : '';
  if (!packed) throw new Error('this page shows a comparison from its link; the link has none');
  const binary = atob(packed.replace(/-/g, '+').replace(/_/g, '/'));
  const json = new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  const { base, versions } = JSON.parse(json);
  if (!Array.isArray(versions) || versions.length < 2) throw new Error('the link holds no comparison');
  const widget = document.createElement('verbatim-compare');
  if (Number.isInteger(base)) widget.setAttribute('base', String(base));
  for (const v of versions) {
    const quote = document.createElement('blockquote');
    quote.dataset.outlet = String(v.label ?? '');
    if (v.form === 'quote' || v.form === 'paraphrase') quote.dataset.form = v.form;
    quote.textContent = String(v.text ?? '');
    widget.append(quote);
  }
  widget.addEventListener('verbatim-ready', () => note.remove(), { once: true });
  document.getElementById('embed').append(widget);
} catch (error) {
  note.textContent = `Comparison unavailable: ${error.message}`;
}
