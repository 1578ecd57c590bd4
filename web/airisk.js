// <ai-risk-card>: the airisk report card as a custom element, for any page.
//
//   <script type="module" src="https://host/airisk/airisk.js"></script>
//   <ai-risk-card profession="backend-developer" region="IN" salary="28 LPA" plan="claude-pro"
//                 theme="dark" accent="#0a7" sync-url></ai-risk-card>
//
// Attributes set the card's state, and changing them later updates it (a job ad can pass its
// advertised salary). The card fits its container's width and sets its own height. Events:
// `airisk:ready` once it has drawn, `airisk:change` (detail: the state and its link) on every change.
//
// Each card runs its own instance of the engine (own memory, own WebGL context), but the WASM is
// downloaded and compiled once per page. Browsers keep about 16 WebGL contexts alive, so a card
// starts only when it comes near the viewport.
import createAiriskModule from './airisk-engine.js';

const base = new URL('.', import.meta.url);
const ATTRIBUTES = ['profession', 'region', 'salary', 'plan', 'theme', 'accent'];
// Which engine action each attribute drives once the card is running.
const ACTIONS = { profession: (v) => ['open-' + v, ''], region: (v) => ['region', v], salary: (v) => ['salary', v],
  plan: (v) => ['plan', v], theme: (v) => ['theme', v], accent: (v) => ['accent', v] };

let compiled = null;  // one download and compile for every card on the page

// Browsers keep about 16 WebGL contexts alive and silently drop the oldest beyond that, so a long
// job list must not hold one per card: a running card far from the screen hands its context back
// and asks for it again on its way back (the engine restores its renderer on 'webglcontextrestored').
const KEEP_CONTEXT_WITHIN = '1500px 0px';
const contextKeeper = typeof IntersectionObserver === 'function'
  ? new IntersectionObserver((entries) => entries.forEach((e) => e.target.keepContext(e.isIntersecting)),
    { rootMargin: KEEP_CONTEXT_WITHIN })
  : null;

function compileEngine(onProgress) {
  if (compiled) return compiled;
  compiled = fetch(new URL('airisk-engine.wasm', base)).then((response) => {
    if (!response.ok) throw new Error(`airisk-engine.wasm: HTTP ${response.status}`);
    const total = Number(response.headers.get('Content-Length')) || 0;
    if (!response.body || !total || !WebAssembly.compileStreaming) {
      return response.arrayBuffer().then((bytes) => WebAssembly.compile(bytes));
    }
    // Compile while downloading, counting the bytes on their way through for the progress bar.
    let received = 0;
    const counted = response.body.pipeThrough(new TransformStream({
      transform(chunk, controller) {
        received += chunk.length;
        onProgress(received / total);
        controller.enqueue(chunk);
      },
    }));
    return WebAssembly.compileStreaming(new Response(counted, { headers: { 'Content-Type': 'application/wasm' } }));
  });
  compiled.catch(() => { compiled = null; });  // a failed download may be retried by the next card
  return compiled;
}

function parseLink(link) {
  const state = {};
  for (const part of String(link).replace(/^#/, '').split('&')) {
    const [key, value = ''] = part.split('=');
    if (key) state[decodeURIComponent(key)] = decodeURIComponent(value);
  }
  return { profession: state.p || '', region: state.r || 'US', salary: state.s ? Number(state.s) : null,
    plan: state.plan || '', compare: state.c || '', link };
}

class AiRiskCard extends HTMLElement {
  static get observedAttributes() { return ATTRIBUTES; }

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    const style = document.createElement('link');
    style.rel = 'stylesheet';
    style.href = new URL('airisk.css', base).href;
    const card = document.createElement('div');
    card.id = 'airisk-card';
    card.className = 'airisk-card';
    const canvas = document.createElement('canvas');
    canvas.id = 'airisk-canvas';
    canvas.tabIndex = 0;
    canvas.setAttribute('role', 'application');
    canvas.setAttribute('aria-label', 'AI automation risk report card. The same content and its controls follow as text.');
    const mirror = document.createElement('div');
    mirror.id = 'airisk-mirror';
    mirror.className = 'airisk-visually-hidden';
    card.append(canvas, mirror);
    root.append(style, card);
    // The engine reports on its own element; the host hears it from <ai-risk-card> itself.
    card.addEventListener('airisk-internal:ready', () => {
      this.dispatchEvent(new CustomEvent('airisk:ready', { bubbles: true, detail: this.state }));
    });
    card.addEventListener('airisk-internal:change', (event) => {
      this.dispatchEvent(new CustomEvent('airisk:change', { bubbles: true, detail: parseLink(event.detail.link) }));
    });
    this.card = card;
    this.canvas = canvas;
    this.engine = null;
  }

  connectedCallback() {
    if (this.observer || this.engine) return;
    this.showProgress();
    // Start only near the viewport: each running card holds a WebGL context.
    this.observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        this.observer.disconnect();
        this.start();
      }
    }, { rootMargin: '600px 0px' });
    this.observer.observe(this);
  }

  disconnectedCallback() {
    this.observer?.disconnect();
    this.observer = null;
    contextKeeper?.unobserve(this);
    this.keepContext(false);
  }

  keepContext(near) {
    if (!this.engine || !this.loseContext) return;
    if (!near && !this.contextReleased) {
      this.contextReleased = true;
      this.loseContext.loseContext();
    } else if (near && this.contextReleased) {
      this.contextReleased = false;
      this.loseContext.restoreContext();
    }
  }

  attributeChangedCallback(name, oldValue, value) {
    if (!this.engine || value === null || value === oldValue) return;
    const [id, arg] = ACTIONS[name](value);
    this.engine.action(id, arg);
  }

  showProgress() {
    if (this.card.querySelector('.airisk-progress')) return;
    const progress = document.createElement('div');
    progress.className = 'airisk-progress';
    progress.setAttribute('role', 'status');
    const label = document.createElement('span');
    label.textContent = 'Loading the report card\u2026';
    const bar = document.createElement('progress');
    bar.max = 1;
    bar.value = 0;
    bar.setAttribute('aria-label', 'Loading the report card');
    progress.append(label, bar);
    this.card.append(progress);
    this.progressBar = bar;
  }

  showProblem(message) {
    this.card.querySelector('.airisk-progress')?.remove();
    const note = document.createElement('p');
    note.className = 'airisk-fallback';
    note.setAttribute('role', 'alert');
    note.textContent = message;
    this.card.prepend(note);
  }

  async start() {
    const settings = { syncUrl: this.hasAttribute('sync-url'), scriptBase: base.href };
    for (const name of ATTRIBUTES) if (this.hasAttribute(name)) settings[name] = this.getAttribute(name);
    // Without sync-url the card leaves the host's address alone, and a link in it is not ours.
    if (!settings.syncUrl) settings.link = '';
    try {
      const wasm = await compileEngine((fraction) => { if (this.progressBar) this.progressBar.value = Math.min(0.95, fraction); });
      const module = await createAiriskModule({
        root: this.shadowRoot,
        host: this,
        settings,
        instantiateWasm: (imports, done) => {
          WebAssembly.instantiate(wasm, imports).then((instance) => done(instance, wasm));
          return {};
        },
      });
      this.engine = module;
      // Taken while the context is alive: a lost context answers getExtension with null.
      this.loseContext = this.canvas.getContext('webgl2')?.getExtension('WEBGL_lose_context') || null;
      contextKeeper?.observe(this);
    } catch (error) {
      this.showProblem(`The airisk report card could not start: ${error && error.message ? error.message : error}`);
    }
  }

  // For card.html in an auto-height iframe: the part of the card the parent page shows.
  setView(top, height) { this.engine?.setExternalView(top, height); }

  // The card's state and link, as the last change left them.
  get state() { return parseLink(this.card.getAttribute('data-link') || ''); }
}

if (!customElements.get('ai-risk-card')) customElements.define('ai-risk-card', AiRiskCard);
export { AiRiskCard, parseLink };
