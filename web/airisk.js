// <ai-risk-card>: the airisk report card as a custom element, for any page.
//
//   <script type="module" src="https://host/airisk/airisk.js"></script>
//   <ai-risk-card profession="backend-developer" region="IN" salary="28 LPA" plan="claude-pro"
//                 theme="dark" accent="#0a7" sync-url></ai-risk-card>
//
// Attributes set the card's state; changing one later updates only what it names, and removing
// it restores its default (a job ad can pass its advertised salary). The card fits its
// container's width and sets its own height. Events: `airisk:ready` once it has drawn and
// `airisk:change` once for each frame in which the state changed (detail: the state, as the
// `state` property gives it), `airisk:error` for a value the card cannot use (detail: { attribute, value, message,
// suggestions }). `sections` and `hide-salary` are the host's choices of what shows; the method
// shareImage() gives the card's share image. The card itself owns the state; this element only
// forwards.
//
// One engine serves every card on the page: the WASM is downloaded, compiled and instantiated
// once, and each card adds only its own state, ImGui context and WebGL context to that one
// memory. Browsers keep about 16 WebGL contexts alive, so a card starts only when it comes near
// the viewport, and gives its context back when far from it.
const base = new URL('.', import.meta.url);
// Every attribute the element hears, in the order the engine reads them at start (web_cards.cpp,
// kAttributeOrder) and reads those a host sets together in: a job ad's region before its salary,
// so "12,00,000" is read in India whether the host set the region first or last.
const ATTRIBUTES = ['profession', 'job-title', 'region', 'salary', 'plan', 'compare', 'weights', 'theme', 'accent',
  'sections', 'hide-salary'];
// What the card's state and the host's choices are made of; each goes to the engine as it is
// (see app_set_attribute). The theme is handed over on its own as well (setTheme).
const STATE_ATTRIBUTES = ATTRIBUTES.filter((name) => name !== 'theme');

let engine = null;  // one engine for every card on the page: a promise of the started module

// Browsers keep about 16 WebGL contexts alive and silently drop the oldest beyond that, so a long
// job list must not hold one per card: a running card far from the screen hands its context back
// and asks for it again on its way back (the engine restores its renderer on 'webglcontextrestored').
const KEEP_CONTEXT_WITHIN = '1500px 0px';
// How near the viewport a card must come to start.
const START_WITHIN_PX = 600;
// A card off the page keeps its place in the engine for AiRiskCard.keepDetachedMs (60 s; its
// WebGL context given back): a host that shows it again (a tab, a cached view, a list re-rendered)
// has it back at once, as the visitor left it. After that its memory goes back to the engine and
// only its state is kept.

// Chrome keeps 16 WebGL contexts a page and drops the oldest for a new one; the cards ask theirs
// back only while the page holds fewer than this.
const KEEP_AT_MOST = 12;
const runningCards = new Set();  // cards with an engine card, on the page
function liveContexts() {
  let live = 0;
  for (const card of runningCards) if (card.canvas.getContext('webgl2')?.isContextLost() === false) live += 1;
  return live;
}

const contextKeeper = typeof IntersectionObserver === 'function'
  ? new IntersectionObserver((entries) => entries.forEach((e) => e.target.getRootNode().host?.keepContext(e.isIntersecting)),
    { rootMargin: KEEP_CONTEXT_WITHIN })
  : null;

// Compiled while it downloads, in the browser's own threads. The bytes are not counted on their way
// through: a JS step per chunk cost the page's main thread more than a tenth of a second on a 2-core
// machine, so the card shows an indeterminate bar instead.
function compileEngine() {
  const url = new URL('airisk-engine.wasm', base);
  // A page's policy that refuses the download fails the fetch with the browser's bare "Failed to
  // fetch"; the violation, reported beside it, says why, so the host is told the policy and not
  // that a file may be missing (field finding).
  let refusedBy = '';
  const heard = (e) => { if (e.blockedURI === url.href) refusedBy = e.effectiveDirective || e.violatedDirective || 'connect-src'; };
  document.addEventListener('securitypolicyviolation', heard);
  const download = fetch(url).catch((error) => new Promise((resolve) => setTimeout(resolve, 50)).then(() => {
    if (refusedBy) throw new Error(`airisk-engine.wasm: refused by the page's policy (${refusedBy})`);
    throw error;
  }));
  download.finally(() => document.removeEventListener('securitypolicyviolation', heard)).catch(() => {});
  return download.then((response) => {
    if (!response.ok) throw new Error(`airisk-engine.wasm: HTTP ${response.status}`);
    const typed = (response.headers.get('Content-Type') || '').split(';')[0].trim() === 'application/wasm';
    if (typed && WebAssembly.compileStreaming) return WebAssembly.compileStreaming(response);
    return response.arrayBuffer().then((bytes) => WebAssembly.compile(bytes));
  });
}

// Started by the first card put on the page, near the viewport or not: the download, compile and
// start-up are the page's, and each card adds only its own part when it comes near the screen.
// The engine's JS is imported beside the WASM download, not before it (a static import would hold
// this module, and so the download, until it arrived).
function startEngine() {
  if (engine) return engine;
  engine = Promise.all([compileEngine(), import('./airisk-engine.js')]).then(([wasm, { default: createAiriskModule }]) =>
    createAiriskModule({
      instantiateWasm: (imports, done) => {
        WebAssembly.instantiate(wasm, imports).then((instance) => done(instance, wasm));
        return {};
      },
    }));
  engine.catch(() => { engine = null; });  // a failed download may be retried by the next card
  return engine;
}

// The visitor's own text size, the browser's font-size setting ('medium': 16 px unless they chose
// larger or smaller), over the 16 px the card is designed at. Not the host's root size: a site's
// `html { font-size: 62.5% }` is its own design, not the visitor's wish.
function visitorTextScale(root) {
  const probe = document.createElement('span');
  probe.style.fontSize = 'medium';  // set through the CSSOM, which a strict style-src allows
  probe.style.position = 'absolute';
  probe.style.visibility = 'hidden';
  root.append(probe);
  const pixels = parseFloat(getComputedStyle(probe).fontSize);
  probe.remove();
  return pixels > 0 ? Math.min(2, Math.max(0.75, pixels / 16)) : 1;
}

const READ_ONLY_PROPERTIES = ['state', 'link', 'embedCode'];

class AiRiskCard extends HTMLElement {
  static get observedAttributes() { return ATTRIBUTES; }

  constructor() {
    super();
    // Set on the element before this script defined it (a framework's props), these would hide
    // the card's own for good: they are read-only, so they go, and the integrator is told.
    for (const name of READ_ONLY_PROPERTIES) {
      if (!Object.prototype.hasOwnProperty.call(this, name)) continue;
      delete this[name];
      console.warn(`airisk: ${name} is read-only; the value this page set on <ai-risk-card> before the card loaded is ignored.`);
    }
    this.attachShadow({ mode: 'open' });
    this.engine = null;
    this.buildCard();
  }

  // The card's elements in the shadow root; made again for a card that starts over (its engine
  // card was removed while it was off the page).
  buildCard() {
    this.styleFailed = false;
    const root = this.shadowRoot;
    root.textContent = '';
    const style = document.createElement('link');
    style.rel = 'stylesheet';
    style.href = new URL('airisk.css', base).href;
    style.addEventListener('error', () => this.stylesheetFailed());
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
    // The engine reports on this card's own element; the host hears it from <ai-risk-card> itself.
    card.addEventListener('airisk-internal:ready', () => {
      this.ready = true;
      this.dispatchEvent(new CustomEvent('airisk:ready', { bubbles: true, detail: this.state }));
    });
    // Changes made together (a host setting theme, accent and region in one go) are one change to
    // the host, with the state they end in: the engine reports each as it applies it.
    card.addEventListener('airisk-internal:state', (event) => {
      this.lastState = event.detail;
      if (!this.ready || this.changePending) return;
      this.changePending = true;
      queueMicrotask(() => {
        this.changePending = false;
        // Off the page, the event would reach no listener of the page's: it is told once the card is back.
        if (this.isConnected) this.tellChange(); else this.changedWhileAway = true;
      });
    });
    card.addEventListener('airisk-internal:error', (event) => {
      this.dispatchEvent(new CustomEvent('airisk:error', { bubbles: true, detail: event.detail }));
    });
    this.card = card;
    this.canvas = canvas;
  }

  connectedCallback() {
    clearTimeout(this.detachedTimer);
    if (this.changedWhileAway) {
      this.changedWhileAway = false;
      queueMicrotask(() => { if (this.isConnected) this.tellChange(); });
    }
    if (this.engine) {
      // Moved or re-added: take a context again (the keeper restores it when near the screen).
      if (contextKeeper) contextKeeper.observe(this.card); else this.keepContext(true);
      return;
    }
    if (this.observer || this.starting) return;
    this.showProgress();
    startEngine().catch(() => {});  // a failure is shown by start(), which asks again
    // Start only near the viewport: each running card holds a WebGL context. A card already there
    // starts now, to be ready when the engine is: the observer's first report waits for the page's
    // first rendering, which may come after that.
    if (this.nearViewport()) {
      this.start();
      return;
    }
    this.observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        this.observer.disconnect();
        this.start();
      }
    }, { rootMargin: `${START_WITHIN_PX}px 0px` });
    this.observer.observe(this.card);
  }

  tellChange() {
    this.dispatchEvent(new CustomEvent('airisk:change', { bubbles: true, detail: this.lastState }));
  }

  // Measured and watched by the card's own box, not the element's: a host that sets the element
  // to display: contents gives it no box at all, and a card watched by it never started.
  nearViewport() {
    const box = this.card.getBoundingClientRect();  // all zero while hidden (display: none): not near
    return box.width > 0 && box.bottom >= -START_WITHIN_PX && box.top <= window.innerHeight + START_WITHIN_PX;
  }

  disconnectedCallback() {
    this.observer?.disconnect();
    this.observer = null;
    contextKeeper?.unobserve(this.card);
    // A script that moves the element takes it off the page and puts it back before its
    // microtasks run: a moved card keeps its context and draws on, with no blank moment. One still
    // off the page then gives its context back; put back, it asks for it again and draws on. Off
    // the page for AiRiskCard.keepDetachedMs, it is removed from the engine, and put back later it starts
    // again from the state it was left in (its link), unless the host has set another since.
    queueMicrotask(() => {
      if (!this.isConnected) this.keepContext(false);
    });
    clearTimeout(this.detachedTimer);
    this.hostStateWhileAway = false;
    this.detachedTimer = setTimeout(() => {
      if (this.isConnected || !this.engine) return;
      this.changedWhileAway = false;  // started again, it is heard as airisk:ready
      this.leftLink = this.engine.state()?.link || null;
      this.resumeLink = this.hostStateWhileAway ? null : this.leftLink;
      this.removeEngine();
      this.buildCard();
    }, AiRiskCard.keepDetachedMs);
  }

  keepContext(near) {
    this.near = near;
    if (!this.engine || !this.loseContext) return;
    // Lost without our asking: the browser took it (it keeps about 16, and drops the oldest for a
    // new one). Near the screen the card asks for it back, or it would stay blank for good.
    if (near && !this.contextReleased && this.canvas.getContext('webgl2')?.isContextLost()) {
      if (this.lossAnnounced) this.loseContext.restoreContext();
      else this.restoreWhenLost = true;
      return;
    }
    if (!near && this.restoreWhenLost) {
      // Back and away again before the loss was even announced: it simply stays released.
      this.restoreWhenLost = false;
      this.contextReleased = true;
      return;
    }
    // The browser may have taken the context itself (too many on the page): only undo our own loss.
    const lost = this.canvas.getContext('webgl2')?.isContextLost();
    if (!near && lost) return;
    if (!near && !this.contextReleased) {
      this.contextReleased = true;
      this.lossAnnounced = false;
      this.loseContext.loseContext();
    } else if (near && this.contextReleased) {
      this.contextReleased = false;
      // A context may be restored only once its loss was announced (the engine accepts it then):
      // asked before that, the browser refuses and the card would stay blank.
      if (this.lossAnnounced) this.loseContext.restoreContext();
      else this.restoreWhenLost = true;
    }
  }

  // The browser announces a loss in a task of its own, after loseContext(); the engine's handler
  // accepts it (preventDefault), and a restore asked for meanwhile follows once that is done.
  contextLost() {
    this.lossAnnounced = true;
    // Taken by the browser while the card is near the screen: asked back at once, unless the page
    // already holds nearly as many contexts as the browser keeps (twenty short cards all near the
    // screen would take each other's in turn); then it asks when it next comes near.
    if (!this.contextReleased && this.near && liveContexts() < KEEP_AT_MOST) this.restoreWhenLost = true;
    if (!this.restoreWhenLost) return;
    this.restoreWhenLost = false;
    setTimeout(() => {
      if (!this.contextReleased && this.loseContext && this.canvas.getContext('webgl2')?.isContextLost()) {
        this.loseContext.restoreContext();
      }
    });
  }

  attributeChangedCallback(name, _oldValue, value) {
    // The host's new state wins over the one the card was left in: set while the card is off the
    // page, even while it keeps its place, it starts again from the attributes, not its link (one
    // started from a link did not hold the host's salary, and came back with a preset).
    if (STATE_ATTRIBUTES.includes(name)) {
      this.resumeLink = null;
      if (!this.isConnected) this.hostStateWhileAway = true;
    }
    if (!this.engine) return;
    // A host changes several at once (a single-page app moving to another job ad sets them in
    // the order its props come): they go to the engine together, at the end of the task, in its
    // order. Sent even when the value is unchanged: the host re-setting it after the visitor
    // changed the card is a request to go back to it.
    if (!this.pendingAttributes) {
      this.pendingAttributes = new Map();
      queueMicrotask(() => this.applyAttributes());
    }
    this.pendingAttributes.set(name, value);
  }

  applyAttributes() {
    const pending = this.pendingAttributes;
    this.pendingAttributes = null;
    if (!this.engine) return;
    for (const name of ATTRIBUTES) {
      if (!pending.has(name)) continue;
      const value = pending.get(name);
      if (name === 'theme') this.engine.setTheme(value);
      this.engine.setAttribute(name, value);  // null: removed, back to the default
    }
  }

  showProgress() {
    // Until the engine draws, the page shows the loading text in the card's theme, when the host
    // names one (airisk.css), not in the visitor's own colour scheme.
    const theme = (this.getAttribute('theme') || '').trim().toLowerCase();
    if ((theme === 'dark' || theme === 'light') && !this.card.hasAttribute('data-theme')) this.card.setAttribute('data-theme', theme);
    if (this.card.querySelector('.airisk-progress')) return;
    const progress = document.createElement('div');
    progress.className = 'airisk-progress';
    progress.setAttribute('role', 'status');
    const label = document.createElement('span');
    label.textContent = 'Loading the report card\u2026';
    const bar = document.createElement('progress');  // no value: indeterminate
    bar.setAttribute('aria-label', 'Loading the report card');
    progress.append(label, bar);
    this.card.append(progress);
  }

  // Without its stylesheet (a CSP whose style-src leaves the card's origin out, a file missing) the
  // canvas was as wide as its pixels and the mirror's text spilled onto the page: the card says
  // so and stays out of the way instead.
  stylesheetFailed() {
    if (this.styleFailed) return;
    this.styleFailed = true;
    const message = "The airisk report card could not be shown: its stylesheet (airisk.css) did not load. "
      + "If this page has a Content-Security-Policy, add the card's origin to its style-src.";
    console.error(`airisk: ${new URL('airisk.css', base).href} did not load`);
    this.observer?.disconnect();
    this.observer = null;
    this.removeEngine();
    // Set on the elements themselves: the rules that would hide them are in the stylesheet.
    this.canvas.style.display = 'none';
    this.card.querySelector('#airisk-mirror').style.display = 'none';
    this.showProblem(message);
    this.dispatchEvent(new CustomEvent('airisk:error', {
      bubbles: true, detail: { attribute: null, value: 'airisk.css', message, suggestions: [] },
    }));
  }

  removeEngine() {
    if (!this.engine) return;
    contextKeeper?.unobserve(this.card);
    this.keepContext(false);
    this.engine.remove();
    this.engine = null;
    runningCards.delete(this);
    this.loseContext = null;
    this.contextReleased = false;
    this.restoreWhenLost = false;
    this.ready = false;
  }

  // A card that cannot start is its message: its canvas, never drawn, would be a black box the
  // height of the screen (airisk.css hides it while the card says data-failed).
  showProblem(message) {
    this.card.querySelector('.airisk-progress')?.remove();
    this.card.setAttribute('data-failed', '');
    const note = document.createElement('p');
    note.className = 'airisk-fallback';
    note.setAttribute('role', 'alert');
    note.textContent = message;
    this.card.prepend(note);
  }

  async start() {
    this.starting = true;
    // A failure said before (a download that failed) goes when the card tries again.
    this.card.querySelector('.airisk-fallback[role="alert"]')?.remove();
    this.card.removeAttribute('data-failed');
    this.showProgress();
    try {
      // The WebGL context is the engine's to make (web_cards.cpp, create_context), at the canvas's
      // laid-out size. Made here while the engine downloaded, it held this thread for up to 200 ms
      // on a 2-core machine without a GPU, and Chrome feeds a streamed WASM to its compiler from
      // this thread: the first frame came later, not sooner, and the canvas was then sized again.
      const module = await startEngine();
      this.starting = false;
      // Taken off the page while the engine was loading: it starts when it comes back.
      if (!this.isConnected || this.styleFailed) return;
      // The attributes as they are now (the host may have changed them while the engine loaded).
      const settings = { syncUrl: this.hasAttribute('sync-url') && this.ownsAddress(), scriptBase: base.href, attributes: {} };
      for (const name of STATE_ATTRIBUTES) if (this.hasAttribute(name)) settings.attributes[name] = this.getAttribute(name);
      if (this.hasAttribute('theme')) {
        settings.theme = this.getAttribute('theme');
        settings.attributes.theme = settings.theme;
      }
      // Without sync-url the card leaves the host's address alone, and a link in it is not ours.
      if (!settings.syncUrl) settings.link = '';
      // Back after a long time off the page: as the visitor left it (the host's theme and sections
      // still apply, as they do to any link).
      if (this.resumeLink) settings.link = this.resumeLink;
      // The host set its state while the card was away: the card starts where it was left and
      // takes the host's attributes over it, as a card on the page would have taken them one by
      // one, so what they do not say, or say wrong, is as it was left (a region it lacks kept
      // Australia on the page, and restarted the card in the United States; field finding).
      else if (this.leftLink && this.hostStateWhileAway) {
        settings.link = this.leftLink;
        settings.attributesOverLink = true;
      }
      this.resumeLink = null;
      this.leftLink = null;
      // A visitor who set a larger text size in the browser sees the card larger, text and layout
      // together, as at a page zoom (the card draws at the size it is shown, sharp).
      const textScale = visitorTextScale(this.shadowRoot);
      this.card.style.zoom = textScale === 1 ? '' : String(textScale);
      this.engine = module.addCard({ root: this.shadowRoot, settings });
      runningCards.add(this);
      // Taken while the context is alive: a lost context answers getExtension with null.
      this.loseContext = this.canvas.getContext('webgl2')?.getExtension('WEBGL_lose_context') || null;
      if (this.loseContext) this.canvas.addEventListener('webglcontextlost', () => this.contextLost());
      contextKeeper?.observe(this.card);
    } catch (error) {
      this.starting = false;
      this.observer = null;  // put on the page again, it tries again
      const said = String(error && error.message ? error.message : error);
      // A page whose Content-Security-Policy lacks 'wasm-unsafe-eval' refuses to compile any
      // WebAssembly: say what the host must change, not the browser's own wording.
      const refused = /refused by the page's policy \(([\w-]+)\)/.exec(said);
      const message = refused
        ? "The airisk report card could not start: this page's Content-Security-Policy does not allow the card "
          + `to download its engine (airisk-engine.wasm). Allow the card's own address in its ${refused[1]}.`
        : /Content Security Policy|wasm-(unsafe|eval)/i.test(said)
        ? "The airisk report card could not start: this page's Content-Security-Policy does not allow "
          + "WebAssembly. Add 'wasm-unsafe-eval' to its script-src."
        : 'The airisk report card could not start: its engine did not load (a file may be missing or '
          + 'damaged, the connection dropped, or the page stopped the download). Reloading the page may help.';
      // The browser's own words are for the integrator, not the visitor.
      console.error(`airisk: the engine did not start: ${said}`);
      this.showProblem(message);
      this.dispatchEvent(new CustomEvent('airisk:error', {
        bubbles: true, detail: { attribute: null, value: said, message, suggestions: [] },
      }));
    }
  }

  // The address holds one card's state: the first card in the page that asks for it (sync-url).
  // A second one opened the first one's link as its own, and each wrote over the other's.
  ownsAddress() {
    const first = this.getRootNode().querySelector?.('ai-risk-card[sync-url]');
    if (!first || first === this) return true;
    const message = 'Another card on this page already follows the address (sync-url): this one leaves it '
      + 'alone, and its links open card.html.';
    console.warn(`airisk: ${message}`);
    this.dispatchEvent(new CustomEvent('airisk:error', {
      bubbles: true, detail: { attribute: 'sync-url', value: '', message, suggestions: [] },
    }));
    return false;
  }

  // For card.html in an auto-height iframe: the part of the card the parent page shows.
  setView(top, height) { this.engine?.setExternalView(top, height); }

  // The card's state as the app serialises it (the same object the events carry); read-only.
  get state() {
    const state = this.engine ? this.engine.state() : this.lastState;
    return state ? JSON.parse(JSON.stringify(state)) : null;
  }

  // The card's share image (1200x630, designed for link previews and feeds) as a PNG Blob: what
  // "Download PNG" saves, for the card as it is now. Rejects before the card has started, or
  // where it cannot draw (no WebGL2).
  shareImage() {
    if (!this.engine) return Promise.reject(new Error('The report card has not started yet.'));
    return this.engine.shareImage();
  }

  // The share link (the whole address "Copy link" gives, not only the state's hash) and the HTML
  // that reopen exactly this state.
  get link() { return this.engine ? this.engine.shareLink() : null; }

  get embedCode() { return this.state?.embedCode ?? null; }
}

AiRiskCard.keepDetachedMs = 60000;

// Loaded twice (the same module from two addresses), the first definition stands. A page where
// another script took the name first shows that script's element: said, so the integrator knows
// why no card appears.
const defined = customElements.get('ai-risk-card');
if (!defined) customElements.define('ai-risk-card', AiRiskCard);
else if (!(defined.prototype instanceof HTMLElement && 'shareImage' in defined.prototype)) {
  console.error('airisk: another script on this page has already defined <ai-risk-card>, so the report card cannot start here.');
}
export { AiRiskCard };
