// <verbatim-compare>: an embeddable comparison of how outlets quoted one statement.
//
//   <script type="module" src="/verbatim/verbatim-widget.js"></script>
//   <verbatim-compare base="0" mode="inline">
//     <blockquote data-outlet="Harbour Post">…</blockquote>
//     <blockquote data-outlet="Coastline Daily" data-form="paraphrase">…</blockquote>
//   </verbatim-compare>
//
// Each child blockquote is one version (its text as written, `data-outlet` its outlet,
// `data-form` quote or paraphrase: a quote when absent or anything else). The
// comparison renders in a shadow root, so the page's styles cannot reach it; until the engine
// has loaded, or if it cannot load, the blockquotes stay readable as they are.
//
// Attributes (mirrored by properties): base (0-based index of the anchoring version), mode
// (inline | table | side-by-side), other (the version beside the base in side-by-side mode),
// theme (light | dark; default: the reader's preference). Styling: CSS custom properties
// --verbatim-* and the parts view, base, version, change, table. Events: `verbatim-ready`
// (also sent as `verbatim-rendered`, its first name) and `verbatim-error` (CustomEvent; detail
// {message}).
//
// A blockquote may carry the version's text in `data-text` and, inside, anything a reader
// without this script should see instead (the page's embed code puts the redline there: the
// outlet in a <cite>, each change with <del>/<ins> and its kind in words).
//
// The comparison runs on the host page's thread, so it is capped: versions of more than
// MAX_CHARS characters in all (a long statement carried by a dozen outlets fits easily) are
// not compared; the blockquotes stay as they are, with a note saying why. Within the cap the
// widget's work stays under 50 ms on an ordinary laptop (checked by e2e/widget.test.mjs).
//
// The engine (verbatim.js + verbatim_bg.wasm) is loaded from beside this file, whatever the
// page's origin. Nothing here uses eval or inline styles, so a strict CSP
// (script-src 'self' 'wasm-unsafe-eval'; style-src 'self') is enough.

const here = new URL('.', import.meta.url);
const MAX_CHARS = 12000;
let engine = null;
function loadEngine() {
  engine ??= import(new URL('verbatim.js', here).href).then(async (module) => {
    await module.default({ module_or_path: new URL('verbatim_bg.wasm', here) });
    return module;
  });
  return engine;
}

class VerbatimCompare extends HTMLElement {
  static observedAttributes = ['base', 'mode', 'other', 'theme'];

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    const style = document.createElement('link');
    style.rel = 'stylesheet';
    style.href = new URL('verbatim-widget.css', here).href;
    // Until the comparison is ready, the blockquotes show through this slot.
    this._slot = document.createElement('slot');
    this._view = document.createElement('div');
    this._view.className = 'view';
    this._view.setAttribute('part', 'view');
    this._note = document.createElement('p');
    this._note.className = 'note';
    this._note.setAttribute('role', 'status');
    root.append(style, this._slot, this._view, this._note);
    this._observer = new MutationObserver(() => this._schedule());
  }

  get base() { return this.getAttribute('base'); }
  set base(v) { this.setAttribute('base', v); }
  get mode() { return this.getAttribute('mode') ?? 'inline'; }
  set mode(v) { this.setAttribute('mode', v); }
  get other() { return this.getAttribute('other'); }
  set other(v) { this.setAttribute('other', v); }
  get theme() { return this.getAttribute('theme'); }
  set theme(v) { this.setAttribute('theme', v); }

  connectedCallback() {
    this._observer.observe(this, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['data-outlet', 'data-form', 'data-text'] });
    this._schedule();
  }

  disconnectedCallback() { this._observer.disconnect(); }

  attributeChangedCallback() { this._schedule(); }

  _schedule() {
    if (this._pending) return;
    this._pending = true;
    queueMicrotask(() => { this._pending = false; this._render(); });
  }

  async _render() {
    if (!this.isConnected) return;
    const quotes = [...this.querySelectorAll(':scope > blockquote')];
    const versions = quotes.map((q, i) => ({
      // The text as written: `data-text` when the snippet carries its redline for readers
      // without this script, else the blockquote's own text.
      text: (q.dataset.text ?? q.textContent).trim(),
      label: q.dataset.outlet || q.getAttribute('cite') || `Version ${i + 1}`,
      // Anything but the two forms (a typo, a stray value) reads as absent: a quote.
      form: ['quote', 'paraphrase'].includes(q.dataset.form) ? q.dataset.form : null,
    }));
    const number = (name) => {
      const value = Number.parseInt(this.getAttribute(name) ?? '', 10);
      return Number.isInteger(value) && value >= 0 ? value : null;
    };
    try {
      const total = versions.reduce((sum, v) => sum + v.text.length, 0);
      if (total > MAX_CHARS) {
        throw new Error(`these versions are too long for an embed (${total} characters; it compares up to ${MAX_CHARS}). Compare them in Verbatim itself.`);
      }
      const { renderWidget } = await loadEngine();
      renderWidget(this._view, { versions, base: number('base'), mode: this.mode, other: number('other') });
      this._slot.hidden = true;
      this._view.hidden = false;
      this._note.textContent = '';
      this.dispatchEvent(new CustomEvent('verbatim-ready', { bubbles: true }));
      // The first name of the event, kept for embeds that listen for it.
      this.dispatchEvent(new CustomEvent('verbatim-rendered', { bubbles: true }));
    } catch (error) {
      // The host page keeps its blockquotes; the widget only says why there is no comparison.
      this._slot.hidden = false;
      this._view.hidden = true;
      const message = String((error && error.message) || error);
      this._note.textContent = `Comparison unavailable: ${message}`;
      this.dispatchEvent(new CustomEvent('verbatim-error', { bubbles: true, detail: { message } }));
    }
  }
}

if (!customElements.get('verbatim-compare')) {
  customElements.define('verbatim-compare', VerbatimCompare);
}
