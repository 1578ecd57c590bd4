// The JS side of the web platform: page layout (spacer + sticky canvas), the DOM mirror and
// its real controls, clipboard / share / PNG / address bar, the phone keyboard overlay, and the
// first-frame mark. The C++ side decides; this file only talks to the DOM.
mergeInto(LibraryManager.library, {
  $AiriskPage: {
    root: null,     // where the card's elements live (document, or a custom element's shadow root)
    card: null,     // as tall as the card's content: the page scrolls it
    canvas: null,   // viewport-sized, position: sticky inside the card
    mirror: null,   // visually hidden, structured text and controls of the card
    overlay: null,  // a real <input> over the salary field, so phones raise their keyboard
    contentHeight: 0,
    shape: '',      // the mirror's structure last written; text-only changes update in place
    settings: {},

    find: function(selector) {
      return (AiriskPage.root || document).querySelector(selector);
    },

    // The part of the card the visitor can see, in card coordinates: the window's view, or the
    // one a parent page reports when the card fills an auto-height iframe (see card.html).
    view: function() {
      var ext = AiriskPage.externalView;
      if (ext) return { top: Math.max(0, ext.top), height: Math.max(1, ext.height) };
      return { top: Math.max(0, -AiriskPage.card.getBoundingClientRect().top), height: window.innerHeight };
    },

    // The canvas is as tall as the view or the card, whichever is smaller.
    layout: function() {
      var h = AiriskPage.contentHeight;
      if (!h) return;
      var view = AiriskPage.view();
      AiriskPage.card.style.height = Math.ceil(h) + 'px';
      AiriskPage.canvas.style.height = Math.ceil(Math.min(view.height, h)) + 'px';
      if (AiriskPage.externalView) {
        // No sticky positioning inside an iframe the parent scrolls: place the canvas over the view.
        AiriskPage.canvas.style.position = 'absolute';
        AiriskPage.canvas.style.top = Math.max(0, Math.min(view.top, h - AiriskPage.canvas.clientHeight)) + 'px';
      }
    },

    action: function(id, value) {
      var idLength = lengthBytesUTF8(id) + 1, valueLength = lengthBytesUTF8(value) + 1;
      var idPtr = _malloc(idLength), valuePtr = _malloc(valueLength);
      stringToUTF8(id, idPtr, idLength);
      stringToUTF8(value, valuePtr, valueLength);
      _airisk_mirror_action(idPtr, valuePtr);
      _free(idPtr);
      _free(valuePtr);
    },

    shapeOf: function(sections) {
      return JSON.stringify(sections.map(function(s) {
        return [s.id, s.heading, s.figures.map(function(f) { return f.key; }),
                s.controls.map(function(c) { return [c.id, c.kind, c.options.length]; })];
      }));
    },

    labelled: function(text, el) {
      var label = document.createElement('label');
      var span = document.createElement('span');
      span.textContent = text + ' ';
      label.appendChild(span);
      label.appendChild(el);
      return label;
    },

    buildControl: function(c) {
      var el, wrapper;
      if (c.kind === 'text' || c.kind === 'search') {
        el = document.createElement('input');
        el.type = c.kind === 'search' ? 'search' : 'text';
        if (c.kind === 'text') el.setAttribute('inputmode', 'decimal');
        el.setAttribute('autocomplete', 'off');
        // Salary commits on change (Enter or leaving the field); search follows every keystroke.
        el.addEventListener(c.kind === 'search' ? 'input' : 'change', function() { AiriskPage.action(c.id, el.value); });
        wrapper = AiriskPage.labelled(c.label, el);
      } else if (c.kind === 'range') {
        el = document.createElement('input');
        el.type = 'range';
        el.min = '0';
        el.max = '100';
        el.step = '1';
        el.addEventListener('input', function() { AiriskPage.action(c.id, el.value); });
        wrapper = AiriskPage.labelled(c.label, el);
      } else if (c.kind === 'select') {
        el = document.createElement('select');
        c.options.forEach(function(o) {
          var option = document.createElement('option');
          option.value = o.value;
          option.textContent = o.label;
          el.appendChild(option);
        });
        el.addEventListener('change', function() { AiriskPage.action(c.id, el.value); });
        wrapper = AiriskPage.labelled(c.label, el);
      } else {
        el = document.createElement('button');
        el.type = 'button';
        el.addEventListener('click', function() { AiriskPage.action(c.id, el.getAttribute('data-value') || ''); });
        wrapper = el;
      }
      el.setAttribute('data-control', c.id);
      // Keyboard focus on a mirror control is drawn as a ring on the canvas, and scrolled into view.
      el.addEventListener('focus', function() {
        AiriskPage.action('focus', c.id);
        AiriskPage.revealControl(el);
      });
      el.addEventListener('blur', function() { AiriskPage.action('focus', ''); });
      return wrapper;
    },

    // Scrolls the page so the control's rectangle on the canvas is visible.
    revealControl: function(el) {
      var rect = (el.getAttribute('data-rect') || '').split(' ').map(Number);
      if (rect.length !== 4) return;
      var canvasTop = AiriskPage.canvas.getBoundingClientRect().top;
      var top = canvasTop + rect[1], bottom = top + rect[3];
      if (top < 0 || bottom > window.innerHeight) window.scrollBy(0, top - window.innerHeight / 3);
    },

    updateControl: function(el, c) {
      var rect = c.rect.join(' ');
      if (el.getAttribute('data-rect') !== rect) el.setAttribute('data-rect', rect);
      if (el.tagName === 'INPUT' || el.tagName === 'SELECT') {
        // Never overwrite what a keyboard user is typing into the mirror's own field.
        if (AiriskPage.root.activeElement !== el && el.value !== c.value) el.value = c.value;
      } else {
        if (el.textContent !== c.label) el.textContent = c.label;
        el.setAttribute('data-value', c.value);
        el.setAttribute('aria-pressed', c.pressed ? 'true' : 'false');
      }
    },

    build: function(sections) {
      var mirror = AiriskPage.mirror;
      // The focused element as the card's own root sees it (document, or the shadow root).
      var active = AiriskPage.root.activeElement;
      var focused = active && active.getAttribute && active.getAttribute('data-control');
      mirror.textContent = '';
      sections.forEach(function(s) {
        var section = document.createElement('section');
        section.setAttribute('data-section', s.id);
        var heading = document.createElement('h' + Math.min(6, Math.max(1, s.level)));
        heading.textContent = s.heading;
        section.appendChild(heading);
        if (s.figures.length) {
          var figures = document.createElement('dl');
          s.figures.forEach(function(f) {
            var term = document.createElement('dt');
            term.textContent = f.label;
            var value = document.createElement('dd');
            value.setAttribute('data-figure', f.key);
            if (f.live) value.setAttribute('aria-live', 'polite');
            figures.appendChild(term);
            figures.appendChild(value);
          });
          section.appendChild(figures);
        }
        s.controls.forEach(function(c) { section.appendChild(AiriskPage.buildControl(c)); });
        mirror.appendChild(section);
      });
      // A rebuild (a section opened or closed) must not throw a keyboard user's focus away.
      if (focused) {
        var again = mirror.querySelector('[data-control="' + focused + '"]');
        if (again) again.focus({ preventScroll: true });
      }
    },

    write: function(sections) {
      var shape = AiriskPage.shapeOf(sections);
      if (shape !== AiriskPage.shape) {
        AiriskPage.build(sections);
        AiriskPage.shape = shape;
      }
      var mirror = AiriskPage.mirror;
      sections.forEach(function(s) {
        var section = mirror.querySelector('section[data-section="' + s.id + '"]');
        s.figures.forEach(function(f) {
          var el = section.querySelector('[data-figure="' + f.key + '"]');
          if (el.textContent !== f.text) el.textContent = f.text;
        });
        s.controls.forEach(function(c) {
          AiriskPage.updateControl(section.querySelector('[data-control="' + c.id + '"]'), c);
        });
      });
      AiriskPage.placeOverlay();
    },

    // Phones show a keyboard only for a focused DOM input: a tap on the salary field focuses
    // a real input laid over it, whose text goes to the card as it is typed.
    setUpOverlay: function() {
      var input = document.createElement('input');
      input.type = 'text';
      input.setAttribute('inputmode', 'decimal');
      input.setAttribute('autocomplete', 'off');
      input.setAttribute('aria-label', 'Yearly salary');
      input.className = 'airisk-salary-overlay';
      input.hidden = true;
      input.addEventListener('input', function() { AiriskPage.action('salary', input.value); });
      input.addEventListener('blur', function() { input.hidden = true; });
      input.addEventListener('keydown', function(e) { if (e.key === 'Enter') input.blur(); });
      AiriskPage.card.appendChild(input);
      AiriskPage.overlay = input;
      AiriskPage.canvas.addEventListener('touchend', function(e) {
        var field = AiriskPage.mirror.querySelector('[data-control="salary"]');
        if (!field || !e.changedTouches.length) return;
        var r = (field.getAttribute('data-rect') || '').split(' ').map(Number);
        var box = AiriskPage.canvas.getBoundingClientRect();
        var x = e.changedTouches[0].clientX - box.left, y = e.changedTouches[0].clientY - box.top;
        if (x < r[0] || y < r[1] || x > r[0] + r[2] || y > r[1] + r[3]) return;
        input.value = field.value;
        input.hidden = false;
        AiriskPage.placeOverlay();
        input.focus();  // inside the touch handler, so the browser raises the keyboard
        input.select();
      });
    },

    placeOverlay: function() {
      var input = AiriskPage.overlay;
      if (!input || input.hidden) return;
      var field = AiriskPage.mirror.querySelector('[data-control="salary"]');
      var r = field ? (field.getAttribute('data-rect') || '').split(' ').map(Number) : [];
      if (r.length !== 4) return;
      var offset = AiriskPage.canvas.offsetTop;
      input.style.left = r[0] + 'px';
      input.style.top = (offset + r[1]) + 'px';
      input.style.width = r[2] + 'px';
      input.style.height = r[3] + 'px';
    }
  },

  airisk_js_init_page__deps: ['$AiriskPage', '$specialHTMLTargets'],
  airisk_js_init_page: function() {
    AiriskPage.root = Module['root'] || document;
    AiriskPage.card = AiriskPage.find('#airisk-card');
    AiriskPage.canvas = AiriskPage.find('#airisk-canvas');
    AiriskPage.mirror = AiriskPage.find('#airisk-mirror');
    // html5.h finds targets with document.querySelector, which cannot see into a shadow root.
    specialHTMLTargets['#airisk-canvas'] = AiriskPage.canvas;
    Module['action'] = AiriskPage.action;
    // card.html forwards the part of an auto-height iframe its parent shows.
    Module['setExternalView'] = function(top, height) {
      AiriskPage.externalView = { top: top, height: height };
      AiriskPage.layout();
      _airisk_request_frame();
    };
    var s = Module['settings'] || {};
    var hostTheme = s.theme;
    var dark = window.matchMedia ? window.matchMedia('(prefers-color-scheme: dark)') : null;
    AiriskPage.settings = {
      profession: s.profession || '',
      link: s.link !== undefined ? s.link : window.location.hash,
      // Links handed out open this page when it follows the card's state (sync-url), else the
      // stand-alone card page next to the script.
      page_url: s.syncUrl !== false ? window.location.href.split('#')[0] : (s.scriptBase || '') + 'card.html',
      script_base: s.scriptBase || new URL('.', window.location.href).href,
      can_share: navigator.share ? '1' : '0',
      region: s.region || '', salary: s.salary || '', plan: s.plan || '', accent: s.accent || '',
      // The host's theme wins; otherwise the visitor's system setting, followed live.
      theme: hostTheme || (dark && dark.matches ? 'dark' : 'light')
    };
    if (!hostTheme && dark && dark.addEventListener) {
      dark.addEventListener('change', function(e) { AiriskPage.action('theme', e.matches ? 'dark' : 'light'); });
    }
    AiriskPage.syncUrl = s.syncUrl !== false;
    AiriskPage.card.setAttribute('data-theme', AiriskPage.settings.theme);
    window.addEventListener('resize', function() { AiriskPage.layout(); });
    // The host's layout may change the card's width without a window resize.
    if (window.ResizeObserver) {
      var lastWidth = 0;
      new ResizeObserver(function(entries) {
        var width = entries[0].contentRect.width;
        if (width !== lastWidth) { lastWidth = width; _airisk_request_frame(); }
      }).observe(AiriskPage.card);
    }
    AiriskPage.canvas.addEventListener('paste', function(event) {
      var text = event.clipboardData ? event.clipboardData.getData('text/plain') : '';
      if (!text) return;
      event.preventDefault();
      var length = lengthBytesUTF8(text) + 1, ptr = _malloc(length);
      stringToUTF8(text, ptr, length);
      _airisk_paste_text(ptr);
      _free(ptr);
    });
    AiriskPage.setUpOverlay();
    window.airiskFrameCount = window.airiskFrameCount || 0;
  },

  airisk_js_setting__deps: ['$AiriskPage'],
  airisk_js_setting: function(name, out, size) {
    var value = AiriskPage.settings[UTF8ToString(name)];
    stringToUTF8(value === undefined ? '' : String(value), out, size);
  },

  airisk_js_css_width__deps: ['$AiriskPage'],
  airisk_js_css_width: function() { return AiriskPage.canvas.clientWidth || AiriskPage.card.clientWidth || 1; },

  airisk_js_css_height__deps: ['$AiriskPage'],
  airisk_js_css_height: function() { return AiriskPage.canvas.clientHeight || 1; },

  // How far the page has scrolled into the card: what the canvas must show at its top.
  airisk_js_view_scroll__deps: ['$AiriskPage'],
  airisk_js_view_scroll: function() {
    var max = Math.max(0, AiriskPage.contentHeight - AiriskPage.canvas.clientHeight);
    return Math.min(max, AiriskPage.view().top);
  },

  airisk_js_set_content_height__deps: ['$AiriskPage'],
  airisk_js_set_content_height: function(height) {
    AiriskPage.contentHeight = height;
    AiriskPage.layout();
  },

  airisk_js_write_mirror__deps: ['$AiriskPage'],
  airisk_js_write_mirror: function(json) {
    AiriskPage.write(JSON.parse(UTF8ToString(json)));
  },

  airisk_js_frame_drawn__deps: ['$AiriskPage'],
  airisk_js_frame_drawn: function(first, frameMs) {
    window.airiskFrameCount = (window.airiskFrameCount || 0) + 1;
    // The last few hundred frame-callback durations, for scripts/bench.
    var times = window.airiskFrameTimes = window.airiskFrameTimes || [];
    times.push(frameMs);
    if (times.length > 600) times.shift();
    if (first) {
      AiriskPage.card.setAttribute('data-ready', 'true');
      AiriskPage.card.dispatchEvent(new CustomEvent('airisk-internal:ready'));
      var progress = AiriskPage.find('.airisk-progress');
      if (progress) progress.remove();
      performance.mark('airisk:first-frame');
    }
  },

  airisk_js_copy_text__deps: ['$AiriskPage'],
  airisk_js_copy_text: function(text) {
    var value = UTF8ToString(text);
    function done(ok) { AiriskPage.action('notice', ok ? 'Copied to the clipboard.' : 'Copy this: ' + value); }
    // The async clipboard needs a secure context; the textarea fallback works on plain http too.
    function fallback() {
      var area = document.createElement('textarea');
      area.value = value;
      area.setAttribute('readonly', '');
      area.style.position = 'fixed';
      area.style.opacity = '0';
      document.body.appendChild(area);
      area.select();
      var ok = false;
      try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
      area.remove();
      window.airiskLastCopied = ok ? value : window.airiskLastCopied;
      done(ok);
    }
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(value).then(function() { window.airiskLastCopied = value; done(true); }, fallback);
    } else {
      fallback();
    }
  },

  airisk_js_share__deps: ['$AiriskPage', 'airisk_js_copy_text'],
  airisk_js_share: function(title, url) {
    var data = { title: UTF8ToString(title), url: UTF8ToString(url) };
    if (navigator.share) {
      navigator.share(data).catch(function() {});  // a cancelled share sheet is not an error
    } else {
      _airisk_js_copy_text(url);
    }
  },

  airisk_js_download_canvas__deps: ['$AiriskPage'],
  airisk_js_download_canvas: function(fileName) {
    var name = UTF8ToString(fileName);
    // Called in the same task as the draw: the drawing buffer is still there to read.
    AiriskPage.canvas.toBlob(function(blob) {
      if (!blob) { AiriskPage.action('notice', 'The image could not be made in this browser.'); return; }
      var url = URL.createObjectURL(blob);
      var a = document.createElement('a');
      a.href = url;
      a.download = name;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(function() { URL.revokeObjectURL(url); }, 1000);
      AiriskPage.action('notice', 'Saved ' + name + '.');
    }, 'image/png');
  },

  airisk_js_link_changed__deps: ['$AiriskPage'],
  airisk_js_link_changed: function(link, initial) {
    var value = UTF8ToString(link);
    AiriskPage.card.setAttribute('data-link', value);
    if (initial) return;  // the state the card opened with is not a change
    // The address follows the card without adding history entries, where the page allows it.
    // Batched: typing a salary changes the link on every key, and each replaceState costs
    // milliseconds (browsers also throttle pages that call it too often).
    if (AiriskPage.syncUrl && window.history && window.history.replaceState) {
      AiriskPage.pendingUrl = value;
      if (!AiriskPage.urlTimer) {
        AiriskPage.urlTimer = setTimeout(function() {
          AiriskPage.urlTimer = 0;
          window.history.replaceState(null, '', AiriskPage.pendingUrl);
        }, 250);
      }
    }
    AiriskPage.card.dispatchEvent(new CustomEvent('airisk-internal:change', { detail: { link: value } }));
  },

  // A link that names a section opens the card there (only where the card owns the address).
  airisk_js_scroll_to__deps: ['$AiriskPage'],
  airisk_js_scroll_to: function(cardY) {
    if (!AiriskPage.syncUrl || AiriskPage.externalView) return;
    var top = AiriskPage.card.getBoundingClientRect().top + window.scrollY + cardY - 12;
    window.scrollTo(0, Math.max(0, top));
  },

  airisk_js_show_fallback__deps: ['$AiriskPage'],
  airisk_js_show_fallback: function(message) {
    var note = document.createElement('p');
    note.className = 'airisk-fallback';
    note.textContent = UTF8ToString(message);
    AiriskPage.canvas.remove();
    AiriskPage.card.style.height = 'auto';
    AiriskPage.card.insertBefore(note, AiriskPage.card.firstChild);
    // The mirror is the whole card as text: show it.
    AiriskPage.mirror.classList.remove('airisk-visually-hidden');
    AiriskPage.mirror.classList.add('airisk-text-card');
    performance.mark('airisk:first-frame');
  }
});
