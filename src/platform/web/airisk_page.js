// The DOM side of one card, as one object per card (Object.create(AiriskPage)): page layout
// (spacer + sticky canvas), the DOM mirror and its real controls, and the phone keyboard overlays.
// Every closure holds its own card's page, so a control always reaches the card it belongs to.
// The engine's imports (airisk_library.js) work on AiriskCards.current, the card the engine has
// made current (airisk_js_select_card).
mergeInto(LibraryManager.library, {
  $AiriskCards: {
    pages: {},      // by the engine's card number
    current: null,  // the page the engine works for now
    next: 1,
    searchPrepared: false  // the shared search index is built once, after the first card draws
  },

  // Text for the engine, which reads C strings: a NUL inside a host's value would end it there
  // ("backend-developer\0registered-nurse" read as backend-developer, silently). As U+FFFD the value
  // reaches the engine whole, and an unknown value is said to the host as the one it set.
  $engineString__deps: ['$stringToNewUTF8'],
  $engineString: function(text) {
    return stringToNewUTF8(String(text).replace(/\u0000/g, '\uFFFD'));
  },

  // A host's theme, as HTML reads enumerated attributes: "Dark" and " dark " are dark; anything
  // else is none ('': the visitor's own setting), and the engine tells the host so.
  $themeNamed: function(value) {
    var theme = String(value == null ? '' : value).trim().toLowerCase();
    return theme === 'dark' || theme === 'light' ? theme : '';
  },

  // Whether an address's fragment is a card's link ("#v=1&p=welder", or "#p=welder" written by
  // hand), not the page's own: an anchor ("#apply-form"), a hash router's route ("#/jobs/123?v=1"),
  // or none at all. Only a card link is the visitor's state, to reopen; the rest is the page's.
  // One encoded whole by a mail or chat program ("#v%3D1%26p%3D...", "%253D" twice) is a card link
  // too: the engine reads it as written (core/link.cpp).
  $isCardLink: function(hash) {
    return /^#?(v|p)(=|%3D|%253D)/i.test(String(hash || ''));
  },

  $AiriskPage__deps: ['$AiriskCards', '$specialHTMLTargets', '$engineString', '$themeNamed', '$isCardLink'],
  $AiriskPage: {
    id: 0,          // the engine's number for the card (web_cards.cpp)
    root: null,     // where the card's elements live (document, or a custom element's shadow root)
    card: null,     // as tall as the card's content: the page scrolls it
    canvas: null,   // viewport-sized, position: sticky inside the card
    mirror: null,   // visually hidden, structured text and controls of the card
    overlay: null,  // a real <input> over the salary field, so phones raise their keyboard
    contentHeight: 0,
    controls: {},   // the mirror's controls by id, as last written
    settings: {},

    find: function(selector) {
      var page = this;
      return (page.root || document).querySelector(selector);
    },

    // Takes the card's elements under `options.root` and the host's settings; every listener
    // on the window goes into `cleanups`, so a removed card leaves nothing behind.
    open: function(options) {
      var page = this;
      page.cleanups = [];
      page.controls = Object.create(null);
      page.contentHeight = 0;
      page.externalView = null;
      page.root = options.root || document;
      page.card = page.find('#airisk-card');
      page.canvas = page.find('#airisk-canvas');
      page.mirror = page.find('#airisk-mirror');
      // A section's heading given the focus (a new report after a search): the canvas rings the
      // section ("section:<id>"), as it rings a focused control.
      page.mirror.addEventListener('focusin', function(event) {
        var heading = event.target;
        if (!/^H[1-6]$/.test(heading.tagName)) return;
        // Only after a key: a report opened by a tap or a click moves the focus too (for a screen
        // reader), and a ring round its header looked like a selection. (The browser's own
        // :focus-visible says yes here: the focus came from the search field, a text input.)
        if (page.pointerLast) return;
        var section = heading.closest('[data-section]');
        if (section) page.action('focus', 'section:' + section.getAttribute('data-section'));
      });
      page.mirror.addEventListener('focusout', function(event) {
        if (/^H[1-6]$/.test(event.target.tagName)) page.action('focus', '');
      });
      page.canvasTarget = '#airisk-canvas-' + page.id;
      // html5.h finds targets with document.querySelector, which cannot see into a shadow root,
      // and each card's canvas needs a name of its own.
      specialHTMLTargets[page.canvasTarget] = page.canvas;
      var sections = document.createElement('div');
      sections.className = 'airisk-sections';
      page.live = document.createElement('p');
      page.live.className = 'airisk-live';
      page.live.setAttribute('aria-live', 'polite');
      // What the card says back about something just done (copied, downloading, a salary it could
      // not read, how many jobs a search found): announced once when it changes, as the canvas
      // shows it under the control (statusFigures).
      page.status = document.createElement('p');
      page.status.className = 'airisk-live';
      page.status.setAttribute('role', 'status');
      page.statusSaid = Object.create(null);
      page.mirror.textContent = '';
      page.mirror.append(sections, page.live, page.status);
      page.imageWaiters = [];
      var listen = function(target, type, handler, options) {
        target.addEventListener(type, handler, options);
        page.cleanups.push(function() { target.removeEventListener(type, handler, options); });
      };
      // Escape in the mirror closes what a control there opened (the embed code), as on the canvas.
      // The arrows move between the search field and the professions it found, as in a search
      // box's list (Tab still goes through everything).
      listen(page.mirror, 'keydown', function(e) {
        if (e.key === 'Escape') page.action('escape', '');
        if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
        var list = [].slice.call(page.mirror.querySelectorAll('input[data-control="search"], [data-control^="open-"]'));
        var at = list.indexOf(e.target);
        if (at < 0 || list.length < 2) return;
        var next = list[at + (e.key === 'ArrowDown' ? 1 : -1)];
        if (!next) return;
        e.preventDefault();
        next.focus();
      });
      var s = options.settings || {};
      var hostTheme = themeNamed(s.theme);
      var dark = window.matchMedia ? window.matchMedia('(prefers-color-scheme: dark)') : null;
      page.forced = window.matchMedia ? window.matchMedia('(forced-colors: active)') : null;
      page.settings = {
        profession: s.profession || '',
        link: s.link !== undefined ? s.link : (isCardLink(window.location.hash) ? window.location.hash : ''),
        attributes_over_link: s.attributesOverLink ? '1' : '0',
        // Links handed out open this page when it follows the card's state (sync-url), else the
        // stand-alone card page next to the script.
        page_url: s.syncUrl !== false ? window.location.href.split('#')[0] : (s.scriptBase || '') + 'card.html',
        script_base: s.scriptBase || new URL('.', window.location.href).href,
        can_share: navigator.share ? '1' : '0',
        // The host's theme wins; otherwise the visitor's system setting, followed live.
        theme: hostTheme || (dark && dark.matches ? 'dark' : 'light'),
        forced_colors: page.forcedColors()
      };
      // The host's attributes, each with whether it is there at all ("" is a value too).
      var attributes = s.attributes || {};
      Object.keys(attributes).forEach(function(name) {
        page.settings[name] = attributes[name];
        page.settings['has-' + name] = '1';
      });
      page.systemTheme = function() { return dark && dark.matches ? 'dark' : 'light'; };
      page.hostTheme = hostTheme || '';
      if (dark && dark.addEventListener) {
        listen(dark, 'change', function() { if (!page.hostTheme) page.setTheme(page.systemTheme()); });
      }
      if (page.forced && page.forced.addEventListener) {
        listen(page.forced, 'change', function() { page.action('forced-colors', page.forcedColors()); });
      }
      page.syncUrl = s.syncUrl !== false;
      // With sync-url the address is the card's: a link pasted or followed on the page reopens it.
      if (page.syncUrl) {
        listen(window, 'hashchange', function() {
          // The address the visitor went to is newer than any the card was about to write.
          if (page.urlTimer) { clearTimeout(page.urlTimer); page.urlTimer = 0; }
          // The visitor followed one of the page's own anchors ("Apply now": #apply-form), or its
          // router moved on: the card keeps what it shows and leaves the address to the page. (It
          // reopened its default profession, and wrote that link over the anchor.)
          if (!isCardLink(window.location.hash)) return;
          // The card's own link is not reopened (that would undo nothing and cost a rebuild),
          // unless a message stands in its place: Back from "#p=nope" to the last good link.
          var state = JSON.parse(page.card.getAttribute('data-state') || '{}');
          if (window.location.hash !== page.card.getAttribute('data-link') || state.problem) {
            page.action('link', window.location.hash);
          }
        });
      }
      page.card.setAttribute('data-theme', page.settings.theme);
      listen(window, 'resize', function() { page.scrollers = null; page.layout(); });
      // How the visitor last acted, for the focus ring (above): seen first, before the card acts.
      listen(window, 'pointerdown', function() { page.pointerLast = true; }, true);
      listen(window, 'keydown', function() { page.pointerLast = false; }, true);
      // A host panel that scrolls the card (overflow: auto) sends no scroll event to the window,
      // and the engine's own scroll callback takes only the document's: heard here, in capture.
      listen(document, 'scroll', function(e) {
        if (page.scrollBox && e.target === page.scrollBox) _airisk_request_frame(page.id);
      }, { capture: true, passive: true });
      // The host's layout may change the card's width without a window resize.
      if (window.ResizeObserver) {
        var lastWidth = 0;
        var observer = new ResizeObserver(function(entries) {
          var width = entries[0].contentRect.width;
          if (width !== lastWidth) { lastWidth = width; _airisk_request_frame(page.id); }
        });
        observer.observe(page.card);
        page.cleanups.push(function() { observer.disconnect(); });
      }
      page.canvas.addEventListener('paste', function(event) {
        var text = event.clipboardData ? event.clipboardData.getData('text/plain') : '';
        if (!text) return;
        event.preventDefault();
        page.withStrings([text], function(t) { _airisk_paste_text(page.id, t); });
      });
      page.setUpOverlays();
      page.cleanups.push(function() {
        clearTimeout(page.urlTimer);
        delete specialHTMLTargets[page.canvasTarget];
        page.imageWaiters.forEach(function(w) { w.reject(new Error('The report card was removed from the page.')); });
        page.imageWaiters = [];
      });
    },

    // What the custom element holds of its card (web/airisk.js).
    handle: function() {
      var page = this;
      return {
        action: page.action.bind(page),
        setAttribute: page.setAttribute.bind(page),
        state: page.state.bind(page),
        // The share link as "Copy link" gives it: the page that reopens the card (this one with
        // sync-url, else the stand-alone card page beside the script) and the state's hash.
        shareLink: function() {
          var state = page.state();
          return state && state.link ? page.settings.page_url + state.link : null;
        },
        // The engine's heap in use, all cards together: for measuring what a card costs.
        heapBytes: function() { return _airisk_heap_in_use(); },
        // A host theme wins; removing it goes back to the visitor's own setting.
        setTheme: function(theme) {
          page.hostTheme = themeNamed(theme);
          page.setTheme(page.hostTheme || page.systemTheme());
        },
        // The host's shareImage(): the card's share image as a PNG blob (see share_image.h).
        shareImage: function() {
          return new Promise(function(resolve, reject) {
            page.imageWaiters.push({ resolve: resolve, reject: reject });
            if (!_airisk_share_image(page.id)) {
              page.imageWaiters.pop();
              reject(new Error('The card has no report to draw, or cannot draw in this browser right now.'));
            }
          });
        },
        // card.html forwards the part of an auto-height iframe its parent shows.
        setExternalView: function(top, height) {
          page.externalView = { top: top, height: height };
          page.layout();
          _airisk_request_frame(page.id);
        },
        // The element left the page for good: the engine lets go of the card (its App, ImGui and
        // WebGL contexts) and the page of its listeners; the other cards carry on.
        remove: function() {
          if (page.removed) return;
          page.removed = true;
          // Its WebGL context is released now, not when the canvas is collected: a page keeps only
          // about 16 contexts, and a host that re-renders may start many cards in a row.
          var gl = page.canvas.GLctxObject && page.canvas.GLctxObject.GLctx;
          _airisk_remove_card(page.id);
          var release = gl && !gl.isContextLost() && gl.getExtension('WEBGL_lose_context');
          if (release) release.loseContext();
          page.cleanups.forEach(function(cleanup) { cleanup(); });
          clearTimeout(page.liveTimer);
          delete AiriskCards.pages[page.id];
          if (AiriskCards.current === page) AiriskCards.current = null;
        }
      };
    }
,

    // How much larger than its CSS size the card is shown (a host's transform: scale() or zoom
    // around it): the screen's pixels over the card's own.
    shownScale: function() {
      var canvas = this.canvas;
      if (!canvas || !canvas.clientWidth) return 1;
      return canvas.getBoundingClientRect().width / canvas.clientWidth || 1;
    },

    // The part of the card the visitor can see, in card coordinates: the window's view, or the
    // one a parent page reports when the card fills an auto-height iframe (see card.html).
    // The screen's range is divided by the shown scale: at scale(.5) a 900 px window shows
    // 1,800 of the card's pixels.
    view: function() {
      var page = this;
      var ext = page.externalView;
      if (ext) return { top: Math.max(0, ext.top), height: Math.max(1, ext.height) };
      var scale = page.shownScale();
      var top = page.card.getBoundingClientRect().top;
      var box = page.scrollBox;
      if (!box || !box.isConnected) return { top: Math.max(0, -top) / scale, height: window.innerHeight / scale };
      // Inside a box that scrolls (a host's panel with overflow: auto) the canvas sticks to the
      // box's top, and the box's scrolling is what shows the rest of the card. The box may be
      // scaled too (clientTop and clientHeight are in its own pixels).
      var boxRect = box.getBoundingClientRect();
      var boxScale = box.offsetHeight ? boxRect.height / box.offsetHeight : 1;
      var boxTop = boxRect.top + box.clientTop * boxScale;
      return {
        top: Math.max(0, boxTop - top) / scale,
        height: Math.max(1, Math.min(box.clientHeight * boxScale, window.innerHeight)) / scale
      };
    },

    // The canvas is as tall as the view, which depends on the shown scale: laid out again when a
    // host's transform changes it (nothing else tells the card). Asked before each frame.
    followScale: function() {
      var page = this;
      var scale = page.shownScale();
      if (scale === page.laidOutScale) return;
      page.laidOutScale = scale;
      page.layout();
    },

    // position: sticky keeps the canvas at the screen's top only where the card is shown at its
    // own size: under a host's transform Chrome moves it by the page's scroll in the card's
    // pixels, not the screen's (at scale(.5) it drifts off at half speed). There the canvas is
    // placed over the view instead, on every frame. Returns where the canvas's top is, in card
    // coordinates.
    placeCanvas: function(viewTop) {
      var page = this;
      var top = Math.max(0, Math.min(viewTop, page.contentHeight - page.canvas.clientHeight));
      if (page.externalView) return top;
      var free = Math.abs(page.laidOutScale - 1) > 0.001;
      var position = free ? 'absolute' : '';
      var at = free ? top + 'px' : '';
      if (page.canvas.style.position !== position) page.canvas.style.position = position;
      if (page.canvas.style.top !== at) page.canvas.style.top = at;
      return top;
    },

    // The elements around the card that may scroll their content (not the page itself), nearest
    // first: looked up once (and after a resize), since reading styles is not free every frame.
    findScrollers: function() {
      var found = [];
      for (var el = this.card; ;) {
        el = el.parentElement || (el.parentNode && el.parentNode.host) || null;
        if (!el || el === document.body || el === document.documentElement) return found;
        var overflow = getComputedStyle(el).overflowY;
        if (overflow === 'auto' || overflow === 'scroll') found.push(el);
      }
    },

    // The canvas is as tall as the view or the card, whichever is smaller. Everything is read
    // before anything is written, so the browser lays the page out once.
    layout: function() {
      var page = this;
      var h = page.contentHeight;
      if (!h) return;
      if (!page.externalView) {
        // The box that scrolls the card: the nearest of those shorter than the card will be.
        if (!page.scrollers) page.scrollers = page.findScrollers();
        page.scrollBox = page.scrollers.filter(function(el) { return el.isConnected && el.clientHeight < h; })[0] || null;
      }
      var view = page.view();
      page.card.style.height = Math.ceil(h) + 'px';
      page.canvas.style.height = Math.ceil(Math.min(view.height, h)) + 'px';
      if (page.externalView) {
        // No sticky positioning inside an iframe the parent scrolls: place the canvas over the view.
        page.canvas.style.position = 'absolute';
        page.canvas.style.top = Math.max(0, Math.min(view.top, h - page.canvas.clientHeight)) + 'px';
      }
    },

    // Strings into the engine's memory, for the few exports that take text.
    withStrings: function(strings, call) {
      var page = this;
      var pointers = strings.map(function(text) { return text === null ? 0 : engineString(text); });
      try { return call.apply(null, pointers); } finally { pointers.forEach(function(p) { if (p) _free(p); }); }
    },

    // The system's colours when it forces its own (Windows' high contrast), which the browser
    // cannot apply to the canvas's pixels: "Canvas,CanvasText,LinkText,Highlight" as #rrggbb for
    // the engine to draw with; "" when colours are not forced.
    forcedColors: function() {
      var page = this;
      if (!page.forced || !page.forced.matches) return '';
      var probe = document.createElement('span');
      probe.style.cssText = 'position:absolute;visibility:hidden;forced-color-adjust:none';
      page.card.appendChild(probe);
      var colours = ['Canvas', 'CanvasText', 'LinkText', 'Highlight'].map(function(name) {
        probe.style.color = name;
        var rgb = (getComputedStyle(probe).color.match(/\d+/g) || []).slice(0, 3);
        return '#' + rgb.map(function(v) { return ('0' + Number(v).toString(16)).slice(-2); }).join('');
      });
      probe.remove();
      return colours.join(',');
    },

    // Every control outside ImGui goes to the app by its id; the app decides what it means.
    setTheme: function(theme) {
      var page = this;
      page.card.setAttribute('data-theme', theme);
      page.action('theme', theme);
    },

    action: function(id, value) {
      var page = this;
      page.withStrings([id, value === undefined ? '' : value], function(i, v) { _airisk_control(page.id, i, v); });
    },

    setAttribute: function(name, value) {
      var page = this;
      page.withStrings([name, value === null ? '' : value], function(n, v) { _airisk_set_attribute(page.id, n, v, value === null ? 0 : 1); });
    },

    state: function() {
      var page = this;
      var pointer = _airisk_state_json(page.id);
      if (!pointer) return null;  // the card was removed
      var text = UTF8ToString(pointer);
      _free(pointer);
      return JSON.parse(text);
    },

    labelled: function(text, el) {
      var page = this;
      var label = document.createElement('label');
      var span = document.createElement('span');
      span.textContent = text + ' ';
      label.appendChild(span);
      label.appendChild(el);
      return label;
    },

    // A real DOM control for one of the card's: keyboard and assistive users use these, and
    // the canvas draws the focused one's ring. It is placed over its part of the card, so the
    // browser's own "scroll the focused control into view" shows the right part of the card.
    buildControl: function(c) {
      var page = this;
      var el, wrapper;
      if (c.kind === 'text' || c.kind === 'search') {
        el = document.createElement('input');
        el.type = c.kind === 'search' ? 'search' : 'text';
        el.setAttribute('autocomplete', 'off');
        el.setAttribute('spellcheck', 'false');
        // Both follow every keystroke, as typing on the canvas and the phone overlay do: a keyboard
        // user sees the card change while typing, not only after Enter.
        el.addEventListener('input', function() { page.action(c.id, el.value); });
        if (c.kind === 'search') {
          el.addEventListener('keydown', function(e) { if (e.key === 'Enter') page.action('search-submit', el.value); });
        }
        // Enter ends the typing: a figure the card held while digits were coming applies.
        if (c.id === 'salary') {
          el.addEventListener('keydown', function(e) {
            if (e.key === 'Enter') page.action('salary-done', '');
            // Tab leaves the field: the figure is read, and what its reading shows next ("Switch
            // region to Brazil") is in the mirror, before the browser moves the focus past it.
            if (e.key === 'Tab' && !e.shiftKey) {
              page.action('salary-done', '');
              _airisk_write_mirror_now(page.id);
            }
          });
          page.undoSalaryOnEscape(el);
        }
        wrapper = page.labelled(c.label, el);
      } else if (c.kind === 'range') {
        el = document.createElement('input');
        el.type = 'range';
        el.min = '0';
        el.max = '100';
        el.step = '1';
        el.addEventListener('input', function() { page.action(c.id, el.value); });
        wrapper = page.labelled(c.label, el);
      } else if (c.kind === 'select') {
        el = document.createElement('select');
        el.addEventListener('change', function() { page.action(c.id, el.value); });
        wrapper = page.labelled(c.label, el);
      } else {
        el = document.createElement('button');
        el.type = 'button';
        el.addEventListener('click', function() {
          // What opened a comparison, for the focus to go back to when it closes.
          if (/(^|-)compare-/.test(c.id)) page.compareOpener = c.id;
          page.action(c.id, el.getAttribute('data-value') || '');
        });
        wrapper = el;
      }
      el.setAttribute('data-control', c.id);
      wrapper.classList.add('airisk-control');
      el.addEventListener('focus', function() { page.action('focus', c.id); });
      el.addEventListener('blur', function() { page.action('focus', ''); });
      return wrapper;
    },

    updateControl: function(wrapper, c) {
      var page = this;
      var el = wrapper.matches('[data-control]') ? wrapper : wrapper.querySelector('[data-control]');
      var rect = c.rect.join(' ');
      if (el.getAttribute('data-rect') !== rect) el.setAttribute('data-rect', rect);
      var top = c.top + 'px', left = c.rect[0] + 'px';
      if (wrapper.style.top !== top) wrapper.style.top = top;
      if (wrapper.style.left !== left) wrapper.style.left = left;
      // A list lies over its whole drawn field (airisk.css), so the browser's own list, opened from
      // the keyboard, drops from the field as drawn, not from a point at its corner.
      if (el.tagName === 'SELECT' && page.mirror.classList.contains('airisk-visually-hidden')) {
        var width = c.rect[2] + 'px', height = c.rect[3] + 'px';
        if (wrapper.style.width !== width) wrapper.style.width = width;
        if (wrapper.style.height !== height) wrapper.style.height = height;
      }
      var focused = page.root.activeElement === el;
      // Options the engine did not resend are the very list already filled in.
      if (el.tagName === 'SELECT' && el.airiskOptions !== c.options) {
        var wanted = JSON.stringify(c.options);
        if (el.getAttribute('data-options') !== wanted) {
          page.fillOptions(el, c.options);
          el.setAttribute('data-options', wanted);
        }
        el.airiskOptions = c.options;
      }
      if (el.tagName === 'INPUT' || el.tagName === 'SELECT') {
        // Never overwrite what a keyboard user is typing into the mirror's own field. A slider
        // holds no typing: it follows the card even when focused (a host's weights, Reset, left
        // a focused slider at 0 while the card said 4% of the time).
        if ((!focused || el.type === 'range') && el.value !== c.value) el.value = c.value;
        // A slider is heard as the canvas writes it ("22 % of my time" in Germany), not as "22".
        if (c.valueText && el.getAttribute('aria-valuetext') !== c.valueText) el.setAttribute('aria-valuetext', c.valueText);
        var label = wrapper.querySelector('span');
        if (label && label.textContent !== c.label + ' ') label.textContent = c.label + ' ';
      } else {
        if (el.textContent !== c.label) el.textContent = c.label;
        el.setAttribute('data-value', c.value);
        // A choice says whether it is chosen, a disclosure whether it is open; a plain button
        // neither (read as a toggle, "Copy link" was "toggle button, not pressed").
        var states = { pressed: 'aria-pressed', expanded: 'aria-expanded' };
        Object.keys(states).forEach(function(toggle) {
          if (c.toggle === toggle) el.setAttribute(states[toggle], c.pressed ? 'true' : 'false');
          else el.removeAttribute(states[toggle]);
        });
        // A disclosure names what it shows ("Why 40%" its task's reason), where that is written.
        var shown = c.shows && page.mirror.querySelector('[data-figure="' + c.shows + '"]');
        if (shown) {
          shown.id = 'airisk-figure-' + c.shows;
          if (el.getAttribute('aria-controls') !== shown.id) el.setAttribute('aria-controls', shown.id);
        } else if (el.hasAttribute('aria-controls')) {
          el.removeAttribute('aria-controls');
        }
      }
    },

    // Keeps `parent`'s children keyed by `key` in the order of `items`: nodes that stay are
    // moved or left alone (never rebuilt), so a focused control keeps its value, caret and focus.
    patchChildren: function(parent, items, keyOf, create, update) {
      var page = this;
      var existing = Object.create(null);
      Array.prototype.forEach.call(parent.children, function(child) { existing[child.getAttribute('data-key')] = child; });
      var wanted = Object.create(null);
      items.forEach(function(item) { wanted[keyOf(item)] = true; });
      // Gone first: a stale node at the front would otherwise have every later one moved past it.
      Array.prototype.slice.call(parent.children).forEach(function(child) {
        if (!wanted[child.getAttribute('data-key')]) child.remove();
      });
      var cursor = parent.firstElementChild;
      items.forEach(function(item) {
        var key = keyOf(item);
        var node = existing[key];
        if (!node) {
          node = create(item);
          node.setAttribute('data-key', key);
        }
        if (node !== cursor) parent.insertBefore(node, cursor); else cursor = cursor.nextElementSibling;
        update(node, item);
      });
    },

    write: function(model) {
      var page = this;
      var mirror = page.mirror;
      var focusWasHere = mirror.contains(page.root.activeElement);
      // Where a focused control was: the controls before it in its section, nearest first.
      var before = [];
      var sectionsNear = [];  // the sections after the focused one, in order, then those before, nearest first
      if (focusWasHere) {
        var focusedSection = page.root.activeElement.closest('[data-section]');
        var controls = focusedSection ? Array.prototype.slice.call(focusedSection.querySelectorAll('[data-control]')) : [];
        before = controls.slice(0, controls.indexOf(page.root.activeElement)).reverse();
        // A message that stood in for the report gives way to the report: its heading (below).
        var gaveWay = focusedSection && focusedSection.getAttribute('data-section') === 'problem';
        var closedComparison = focusedSection && focusedSection.getAttribute('data-section') === 'compare';
        for (var next = focusedSection && !gaveWay && focusedSection.nextElementSibling; next; next = next.nextElementSibling) {
          sectionsNear.push({ id: next.getAttribute('data-section'), first: true });
        }
        for (var prev = focusedSection && !gaveWay && focusedSection.previousElementSibling; prev; prev = prev.previousElementSibling) {
          sectionsNear.push({ id: prev.getAttribute('data-section'), first: false });
        }
      }
      // A section written as {id, same: true} is as the DOM shows it already: kept, not patched.
      // One written as {id, moved} has the same content with its controls elsewhere; a control
      // written without options has those the DOM shows (MirrorModel::to_json).
      var written = page.writtenSections || Object.create(null);
      var sections = model.sections.map(function(s) {
        var before = written[s.id];
        if (s.same) return before;
        if (s.moved) {
          return Object.assign(Object.create(null), before, { controls: before.controls.map(function(c, i) {
            return Object.assign(Object.create(null), c, { rect: s.moved[i].slice(0, 4), top: s.moved[i][4] });
          }) });
        }
        s.controls.forEach(function(c) {
          if (c.options) return;
          c.options = before.controls.filter(function(shown) { return shown.id === c.id; })[0].options;
        });
        return s;
      });
      page.writtenSections = Object.create(null);
      sections.forEach(function(s) { page.writtenSections[s.id] = s; });
      var same = Object.create(null);
      model.sections.forEach(function(s) { if (s.same) same[s.id] = true; });
      page.controls = Object.create(null);
      sections.forEach(function(s) { s.controls.forEach(function(c) { page.controls[c.id] = c; }); });
      page.patchChildren(mirror.querySelector('.airisk-sections'), sections, function(s) { return s.id; },
        function(s) {
          var section = document.createElement('section');
          section.setAttribute('data-section', s.id);
          section.appendChild(document.createElement('h2'));
          var figures = document.createElement('dl');
          section.appendChild(figures);
          var controls = document.createElement('div');
          controls.className = 'airisk-controls';
          section.appendChild(controls);
          return section;
        },
        function(section, s) {
          if (same[s.id]) return;
          var level = 'H' + Math.min(6, Math.max(1, s.level));
          var heading = section.firstElementChild;
          if (heading.tagName !== level) {
            var replacement = document.createElement(level);
            section.replaceChild(replacement, heading);
            heading = replacement;
          }
          if (heading.textContent !== s.heading) heading.textContent = s.heading;
          // A section of controls only (the catalog) has no list to be heard as empty.
          var list = section.querySelector('dl');
          if (list.hidden !== !s.figures.length) list.hidden = !s.figures.length;
          page.patchChildren(list, s.figures, function(f) { return f.key; },
            function(f) {
              var item = document.createElement('div');
              item.appendChild(document.createElement('dt'));
              var value = document.createElement('dd');
              value.setAttribute('data-figure', f.key);
              item.appendChild(value);
              return item;
            },
            function(item, f) {
              if (item.firstChild.textContent !== f.label) item.firstChild.textContent = f.label;
              if (item.lastChild.textContent !== f.text) item.lastChild.textContent = f.text;
            });
          page.patchChildren(section.querySelector('.airisk-controls'), s.controls, function(c) { return c.id; },
            page.buildControl.bind(page), page.updateControl.bind(page));
        });
      page.markInvalidSalary();
      page.sayLive(model.live);
      page.announceStatus(sections);
      // The control a keyboard user pressed went away with what it changed (a chooser's
      // suggestion, a closed comparison): focus goes to the nearest control before it that stayed
      // (the salary field, after its suggestion was used), else to the card's first heading; never
      // the page's <body>, so the next Tab continues in the card.
      // A whole section gone (Close comparison): the first control of what follows it, now drawn
      // where it was, or the last of what came before it (the comparison is the card's last
      // section), rather than the card's first heading thousands of pixels above the screen.
      if (focusWasHere && !mirror.contains(page.root.activeElement)) {
        // A closed comparison gives the focus back to the Compare that opened it, where it still
        // is (the page goes back there with it), as a dialog gives it back to what opened it.
        var opener = closedComparison && page.compareOpener &&
          mirror.querySelector('[data-control="' + page.compareOpener.replace(/["\\]/g, '') + '"]');
        var stayed = opener || before.filter(function(el) { return mirror.contains(el); })[0];
        sectionsNear.some(function(near) {
          var section = page.sectionNamed(near.id);
          var controls = section ? section.querySelectorAll('[data-control]') : [];
          stayed = stayed || controls[near.first ? 0 : controls.length - 1];
          return stayed;
        });
        if (stayed) stayed.focus({ preventScroll: !opener }); else page.focusFirstHeading();
      }
      page.focusPendingSection();
      if (page.showReportAfterWrite) {
        page.showReportAfterWrite = false;
        page.showReport();
      }
      page.placeOverlays();
    },

    // A salary the card cannot read marks the mirror's field invalid and points it at the reason,
    // so a screen reader says both where the keyboard is, not only in the live summary.
    // The mirror's figures that answer something the visitor just did, most telling first.
    statusFigures: ['notice', 'salary_error', 'salary_check', 'search-results'],

    // The first of the status figures that changed since the last write, into the status region;
    // one that has gone (a salary error the visitor typed past) is no longer said.
    announceStatus: function(sections) {
      var page = this;
      var now = Object.create(null);
      sections.forEach(function(s) {
        s.figures.forEach(function(f) { if (page.statusFigures.indexOf(f.key) >= 0) now[f.key] = f.text; });
      });
      var changed = page.statusFigures.filter(function(key) { return now[key] && now[key] !== page.statusSaid[key]; });
      page.statusSaid = now;
      var say = function(key, text) {
        page.statusKey = key;
        if (page.status.textContent !== text) page.status.textContent = text;
      };
      // A write that changes nothing said leaves a count waiting to be said where it is.
      if (changed.length || !now['search-results']) clearTimeout(page.searchSaidTimer);
      if (changed.length && changed[0] === 'search-results') {
        // Said once the typing pauses: a screen reader read "10 of 33 found", "10 of 17 found" and
        // on, one for each letter of "nurse".
        var text = now[changed[0]];
        page.searchSaidTimer = setTimeout(function() { say('search-results', text); }, 800);
      } else if (changed.length) {
        say(changed[0], now[changed[0]]);
      } else if (page.statusKey && !now[page.statusKey]) {
        page.statusKey = null;
        page.status.textContent = '';
      }
    },

    markInvalidSalary: function() {
      var input = this.mirror.querySelector('input[data-control="salary"]');
      if (!input) return;
      var reason = this.mirror.querySelector('[data-figure="salary_error"]');
      if (reason) {
        reason.id = 'airisk-salary-error';
        if (input.getAttribute('aria-invalid') !== 'true') input.setAttribute('aria-invalid', 'true');
        if (input.getAttribute('aria-describedby') !== reason.id) input.setAttribute('aria-describedby', reason.id);
      } else if (input.hasAttribute('aria-invalid')) {
        input.removeAttribute('aria-invalid');
        input.removeAttribute('aria-describedby');
      }
    },

    // See airisk_js_show_report. Inside an auto-height iframe (card.html) the parent page scrolls,
    // so only the focus moves there.
    showReport: function() {
      var page = this;
      if (!page.externalView && page.card.getBoundingClientRect().top < 0) page.card.scrollIntoView({ block: 'start' });
      page.focusFirstHeading();
    },

    sectionNamed: function(id) {
      return Array.prototype.filter.call(this.mirror.querySelectorAll('[data-section]'), function(s) {
        return s.getAttribute('data-section') === id;
      })[0] || null;
    },

    // The keyboard focus on a section's heading, where the card scrolled to it (a comparison
    // opened): now, or once the mirror next written holds it.
    focusSection: function(id) {
      this.focusSectionAfterWrite = id;
      this.focusPendingSection();
    },

    focusPendingSection: function() {
      var section = this.focusSectionAfterWrite && this.sectionNamed(this.focusSectionAfterWrite);
      if (!section) return;
      this.focusSectionAfterWrite = '';
      this.focusHeading(section.firstElementChild);
    },

    // The keyboard focus on the card's first heading (made focusable), without scrolling.
    focusFirstHeading: function() {
      var heading = this.mirror.querySelector('h1, h2, h3, h4, h5, h6');
      if (heading) this.focusHeading(heading);
    },

    // A heading made focusable and focused, without scrolling.
    focusHeading: function(heading) {
      heading.tabIndex = -1;
      heading.focus({ preventScroll: true });
    },

    // A tap on the salary or search field focuses a real input laid over it (so a phone's keyboard
    // comes up, with letters and symbols for "28 LPA" or "55.000 €"), and so does a click: only a
    // real input takes an input method's text, accents from dead keys, and the browser's own
    // editing. A tap on the region or plan picker opens a native list laid over it (it scrolls
    // under a finger to the last entry).
    setUpOverlays: function() {
      var page = this;
      page.overlays = Object.create(null);
      var textFields = ['salary', 'search'];
      [['salary', 'Yearly salary', 'text', 'done'], ['search', 'Search professions', 'search', 'search']].forEach(function(field) {
        var input = document.createElement('input');
        input.type = field[2];
        input.setAttribute('autocomplete', 'off');
        input.setAttribute('aria-label', field[1]);
        input.setAttribute('enterkeyhint', field[3]);
        input.addEventListener('input', function() { page.action(field[0], input.value); });
        // Leaving the salary (Enter puts it away too) ends the typing: a figure held applies.
        if (field[0] === 'salary') input.addEventListener('blur', function() { page.action('salary-done', ''); });
        if (field[0] === 'salary') page.undoSalaryOnEscape(input);
        input.addEventListener('keydown', function(e) {
          // The field sits after the card's other controls in the page's order: Tab and Shift+Tab
          // go on from the field's own place among them, as from the field the keyboard reaches.
          if (e.key === 'Tab') {
            var beside = page.controlBeside(field[0], e.shiftKey ? -1 : 1);
            if (!beside) return;
            e.preventDefault();
            input.blur();
            beside.focus();
            return;
          }
          if (e.key !== 'Enter' && e.key !== 'Escape') return;
          var byMouse = input.getAttribute('data-opened-by') === 'mouse';
          // Enter in a search box opened with the mouse opens the first result, as on the canvas
          // (the focus then goes to its report); on a phone it puts the keyboard away and shows
          // the results below.
          var submits = e.key === 'Enter' && field[0] === 'search' && byMouse;
          if (submits) page.action('search-submit', '');
          input.blur();
          // Opened with a mouse, the keyboard's place stays on the field (on <body>, Shift+Tab went
          // to the card's last control); a tapped one leaves no focus, or the phone's keyboard
          // would come up again. The mirror keeps a focused field's text: given the typed one here.
          var own = byMouse && !submits && page.mirror.querySelector('[data-control="' + field[0] + '"]');
          if (own) {
            own.value = input.value;
            own.focus({ preventScroll: true });
          }
        });
        page.addOverlay(field[0], input);
      });
      ['region', 'plan'].forEach(function(id) {
        var select = document.createElement('select');
        select.setAttribute('aria-label', id === 'region' ? 'Region' : 'AI plan');
        select.addEventListener('change', function() { page.action(id, select.value); select.blur(); });
        page.addOverlay(id, select);
        select.classList.add('airisk-overlay-list');
      });
      // The overlay a point of the canvas falls on, of those in `ids`.
      var overlayAt = function(clientX, clientY, ids) {
        // The fields' places are in the card's CSS pixels; the point is where the host shows it
        // (a transform: scale() or zoom around the card).
        var box = page.canvas.getBoundingClientRect();
        var scale = page.shownScale();
        var x = (clientX - box.left) / scale, y = (clientY - box.top) / scale;
        return ids.filter(function(id) {
          var c = page.controls[id];
          return c && x >= c.rect[0] && y >= c.rect[1] && x <= c.rect[0] + c.rect[2] && y <= c.rect[1] + c.rect[3];
        })[0];
      };
      // A tap opens the field under it; a swipe that starts on a field scrolls the page and opens
      // nothing (a field test found the Region list focused after scrolling past it).
      var touchStart = null;
      page.canvas.addEventListener('touchstart', function(e) {
        touchStart = e.touches.length === 1 ? { x: e.touches[0].clientX, y: e.touches[0].clientY } : null;
      }, { passive: true });
      page.canvas.addEventListener('touchend', function(e) {
        if (!e.changedTouches.length || !touchStart) return;
        var end = e.changedTouches[0];
        var moved = Math.abs(end.clientX - touchStart.x) + Math.abs(end.clientY - touchStart.y);
        touchStart = null;
        if (moved > 10) return;
        var id = overlayAt(end.clientX, end.clientY, Object.keys(page.overlays));
        if (id) {
          page.openOverlay(id, 'touch');
          return;
        }
        // A tap elsewhere on the card leaves the field, as a click does on a desktop (the card's
        // touch handling keeps the browser from moving focus itself), and the keyboard goes. Only
        // once the card has taken the tap: read first, what was typed could move the control under
        // the finger (a conversion note above a preset), and a preset tapped replaces the text.
        page.leaveFieldsAfterInput = true;
      });
      page.canvas.addEventListener('pointerup', function(e) {
        if (e.button !== 0 || e.pointerType === 'touch') return;
        var id = overlayAt(e.clientX, e.clientY, textFields);
        if (id) page.openOverlay(id, 'mouse');
      });
    },

    // The mirror's control before (step -1) or after (step 1) the one with this id, in the order
    // the keyboard goes through them; null at either end.
    controlBeside: function(id, step) {
      var controls = [].slice.call(this.mirror.querySelectorAll('[data-control]')).filter(function(el) {
        return el.tabIndex >= 0 && !el.disabled;
      });
      var at = controls.indexOf(this.mirror.querySelector('[data-control="' + id + '"]'));
      return at < 0 ? null : controls[at + step] || null;
    },

    addOverlay: function(id, el) {
      var page = this;
      el.className = 'airisk-overlay';
      el.setAttribute('data-overlay', id);
      el.hidden = true;
      el.addEventListener('blur', function() { el.hidden = true; });
      page.card.appendChild(el);
      page.overlays[id] = el;
    },

    // After a frame: a tap away from a field (setUpOverlays) leaves it once the card has no input
    // left to take, in a task of its own (leaving reads the salary, which is the engine's work).
    frameDone: function(inputPending) {
      var page = this;
      if (!page.leaveFieldsAfterInput || inputPending) return;
      page.leaveFieldsAfterInput = false;
      setTimeout(function() {
        Object.keys(page.overlays || {}).forEach(function(id) {
          if (!page.overlays[id].hidden) page.overlays[id].blur();
        });
      });
    },

    // One polite live region, one labelled sentence; it changes only when the state does, and once
    // the changes stop: a slider arrowed step by step queued a summary at every step (each step
    // is heard as the slider's own value). The first is written at once, as the card opens.
    sayLive: function(text) {
      var page = this;
      if (text === page.liveWanted) return;
      page.liveWanted = text;
      clearTimeout(page.liveTimer);
      var write = function() {
        if (page.live.textContent !== page.liveWanted) page.live.textContent = page.liveWanted;
      };
      if (!page.live.textContent) write();
      else page.liveTimer = setTimeout(write, 700);
    },

    // The card has drawn for the first time: the loading bar goes and the first-frame mark is set.
    // Its text (the mirror) follows in a task of its own, so the canvas is shown without waiting.
    showDrawn: function() {
      this.drawn = true;
      this.card.setAttribute('data-drawn', '');
      var progress = this.find('.airisk-progress');
      if (progress) progress.remove();
      performance.mark('airisk:first-frame');
    },

    // The card is drawn and its text written (or it laid itself out as text, without WebGL2): the
    // host hears airisk:ready, once.
    announceReady: function() {
      var page = this;
      if (page.readyAnnounced) return;
      page.readyAnnounced = true;
      if (!page.drawn) page.showDrawn();  // the text card has no frame
      page.card.setAttribute('data-ready', 'true');
      page.card.dispatchEvent(new CustomEvent('airisk-internal:ready'));
      // The search index (shared by every card) is built when the browser is next idle, so the
      // first keystroke of a search does not wait for it.
      if (!AiriskCards.searchPrepared) {
        AiriskCards.searchPrepared = true;
        var prepare = function() { _airisk_prepare_search(page.id); };
        if (typeof requestIdleCallback === 'function') requestIdleCallback(prepare, { timeout: 2000 });
        else setTimeout(prepare, 200);
      }
    },

    // Escape in a salary field outside the canvas undoes the typing, as ImGui's Escape does on it:
    // the field shows its text from before, and the card its salary (the mirror leaves a focused
    // field's text alone, so the field is put back here).
    undoSalaryOnEscape: function(input) {
      var page = this;
      var before = '';
      input.addEventListener('focus', function() { before = input.value; });
      input.addEventListener('keydown', function(e) {
        if (e.key === 'Enter') before = input.value;  // the typing ends there: Escape goes back to it
        if (e.key !== 'Escape' || input.value === before) return;
        input.value = before;
        page.action('salary-undo', '');
      });
    },

    // A <select>'s options, made again from the mirror's.
    fillOptions: function(select, options) {
      select.textContent = '';
      options.forEach(function(o) {
        var option = document.createElement('option');
        option.value = o.value;
        option.textContent = o.label;
        select.appendChild(option);
      });
    },

    // Called inside the touch or mouse handler, so the browser raises the keyboard or the list.
    openOverlay: function(id, openedBy) {
      var page = this;
      var el = page.overlays[id], c = page.controls[id];
      el.setAttribute('data-opened-by', openedBy);
      // Named as the card names the field now: "Yearly salary (GBP)" follows the region.
      if (el.getAttribute('aria-label') !== c.label) el.setAttribute('aria-label', c.label);
      if (el.tagName === 'SELECT') page.fillOptions(el, c.options);
      el.value = c.value;
      el.hidden = false;
      page.placeOverlays();
      el.focus({ preventScroll: true });
      if (el.tagName === 'INPUT') el.select();
      else if (el.showPicker) { try { el.showPicker(); } catch (error) { /* focus is enough where it is refused */ } }
    },

    placeOverlays: function() {
      var page = this;
      Object.keys(page.overlays || {}).forEach(function(id) {
        var el = page.overlays[id], c = page.controls[id];
        if (el.hidden || !c) return;
        el.style.left = c.rect[0] + 'px';
        el.style.top = c.top + 'px';
        el.style.width = c.rect[2] + 'px';
        el.style.height = c.rect[3] + 'px';
      });
    }
  }
});
