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
    controls: {},   // the mirror's controls by id, as last written
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

    // Strings into the engine's memory, for the few exports that take text.
    withStrings: function(strings, call) {
      var pointers = strings.map(function(text) { return text === null ? 0 : stringToNewUTF8(String(text)); });
      try { return call.apply(null, pointers); } finally { pointers.forEach(function(p) { if (p) _free(p); }); }
    },

    // Every control outside ImGui goes to the app by its id; the app decides what it means.
    setTheme: function(theme) {
      AiriskPage.card.setAttribute('data-theme', theme);
      AiriskPage.action('theme', theme);
    },

    action: function(id, value) {
      AiriskPage.withStrings([id, value === undefined ? '' : value], _airisk_control);
    },

    setAttribute: function(name, value) {
      AiriskPage.withStrings([name, value === null ? '' : value], function(n, v) { _airisk_set_attribute(n, v, value === null ? 0 : 1); });
    },

    state: function() {
      var pointer = _airisk_state_json();
      var text = UTF8ToString(pointer);
      _free(pointer);
      return JSON.parse(text);
    },

    labelled: function(text, el) {
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
      var el, wrapper;
      if (c.kind === 'text' || c.kind === 'search') {
        el = document.createElement('input');
        el.type = c.kind === 'search' ? 'search' : 'text';
        el.setAttribute('autocomplete', 'off');
        el.setAttribute('spellcheck', 'false');
        // Salary commits on change (Enter or leaving the field); search follows every keystroke.
        el.addEventListener(c.kind === 'search' ? 'input' : 'change', function() { AiriskPage.action(c.id, el.value); });
        if (c.kind === 'search') {
          el.addEventListener('keydown', function(e) { if (e.key === 'Enter') AiriskPage.action('search-submit', el.value); });
        }
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
        el.addEventListener('change', function() { AiriskPage.action(c.id, el.value); });
        wrapper = AiriskPage.labelled(c.label, el);
      } else {
        el = document.createElement('button');
        el.type = 'button';
        el.addEventListener('click', function() { AiriskPage.action(c.id, el.getAttribute('data-value') || ''); });
        wrapper = el;
      }
      el.setAttribute('data-control', c.id);
      wrapper.classList.add('airisk-control');
      el.addEventListener('focus', function() { AiriskPage.action('focus', c.id); });
      el.addEventListener('blur', function() { AiriskPage.action('focus', ''); });
      return wrapper;
    },

    updateControl: function(wrapper, c) {
      var el = wrapper.matches('[data-control]') ? wrapper : wrapper.querySelector('[data-control]');
      var rect = c.rect.join(' ');
      if (el.getAttribute('data-rect') !== rect) el.setAttribute('data-rect', rect);
      var top = c.top + 'px', left = c.rect[0] + 'px';
      if (wrapper.style.top !== top) wrapper.style.top = top;
      if (wrapper.style.left !== left) wrapper.style.left = left;
      var focused = AiriskPage.root.activeElement === el;
      if (el.tagName === 'SELECT') {
        var wanted = JSON.stringify(c.options);
        if (el.getAttribute('data-options') !== wanted) {
          el.textContent = '';
          c.options.forEach(function(o) {
            var option = document.createElement('option');
            option.value = o.value;
            option.textContent = o.label;
            el.appendChild(option);
          });
          el.setAttribute('data-options', wanted);
        }
      }
      if (el.tagName === 'INPUT' || el.tagName === 'SELECT') {
        // Never overwrite what a keyboard user is typing into the mirror's own field.
        if (!focused && el.value !== c.value) el.value = c.value;
        var label = wrapper.querySelector('span');
        if (label && label.textContent !== c.label + ' ') label.textContent = c.label + ' ';
      } else {
        if (el.textContent !== c.label) el.textContent = c.label;
        el.setAttribute('data-value', c.value);
        el.setAttribute('aria-pressed', c.pressed ? 'true' : 'false');
      }
    },

    // Keeps `parent`'s children keyed by `key` in the order of `items`: nodes that stay are
    // moved or left alone (never rebuilt), so a focused control keeps its value, caret and focus.
    patchChildren: function(parent, items, keyOf, create, update) {
      var existing = {};
      Array.prototype.forEach.call(parent.children, function(child) { existing[child.getAttribute('data-key')] = child; });
      var wanted = {};
      var cursor = parent.firstElementChild;
      items.forEach(function(item) {
        var key = keyOf(item);
        wanted[key] = true;
        var node = existing[key];
        if (!node) {
          node = create(item);
          node.setAttribute('data-key', key);
        }
        if (node !== cursor) parent.insertBefore(node, cursor); else cursor = cursor.nextElementSibling;
        update(node, item);
      });
      Array.prototype.slice.call(parent.children).forEach(function(child) {
        if (!wanted[child.getAttribute('data-key')]) child.remove();
      });
    },

    write: function(model) {
      var mirror = AiriskPage.mirror;
      var focusWasHere = mirror.contains(AiriskPage.root.activeElement);
      // A section written as {id, same: true} is as the DOM shows it already: kept, not patched.
      var written = AiriskPage.writtenSections || {};
      var sections = model.sections.map(function(s) { return s.same ? written[s.id] : s; });
      AiriskPage.writtenSections = {};
      sections.forEach(function(s) { AiriskPage.writtenSections[s.id] = s; });
      AiriskPage.controls = {};
      sections.forEach(function(s) { s.controls.forEach(function(c) { AiriskPage.controls[c.id] = c; }); });
      var same = {};
      model.sections.forEach(function(s) { if (s.same) same[s.id] = true; });
      AiriskPage.patchChildren(mirror.querySelector('.airisk-sections'), sections, function(s) { return s.id; },
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
          AiriskPage.patchChildren(section.querySelector('dl'), s.figures, function(f) { return f.key; },
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
          AiriskPage.patchChildren(section.querySelector('.airisk-controls'), s.controls, function(c) { return c.id; },
            AiriskPage.buildControl, AiriskPage.updateControl);
        });
      // One polite live region, one labelled sentence; it changes only when the state does.
      if (AiriskPage.live.textContent !== model.live) AiriskPage.live.textContent = model.live;
      // The control a keyboard user pressed went away with what it changed (a chooser's
      // suggestion, a closed comparison): focus goes to the card's first heading, not the page's
      // <body>, so the next Tab continues in the card and a screen reader reads what came.
      if (focusWasHere && !mirror.contains(AiriskPage.root.activeElement)) {
        var heading = mirror.querySelector('h1, h2, h3, h4, h5, h6');
        if (heading) {
          heading.tabIndex = -1;
          heading.focus({ preventScroll: true });
        }
      }
      AiriskPage.placeOverlays();
    },

    // Phones: a tap on the salary or search field focuses a real input laid over it (so the keyboard
    // comes up, with letters and symbols for "28 LPA" or "55.000 €"), and a tap on the region or
    // plan picker opens a native list laid over it (it scrolls under a finger to the last entry).
    setUpOverlays: function() {
      AiriskPage.overlays = {};
      [['salary', 'Yearly salary', 'text', 'done'], ['search', 'Search professions', 'search', 'search']].forEach(function(field) {
        var input = document.createElement('input');
        input.type = field[2];
        input.setAttribute('autocomplete', 'off');
        input.setAttribute('aria-label', field[1]);
        input.setAttribute('enterkeyhint', field[3]);
        input.addEventListener('input', function() { AiriskPage.action(field[0], input.value); });
        // Enter puts the keyboard away and shows what the field changed (the search results below it).
        input.addEventListener('keydown', function(e) { if (e.key === 'Enter') input.blur(); });
        AiriskPage.addOverlay(field[0], input);
      });
      ['region', 'plan'].forEach(function(id) {
        var select = document.createElement('select');
        select.setAttribute('aria-label', id === 'region' ? 'Region' : 'AI plan');
        select.addEventListener('change', function() { AiriskPage.action(id, select.value); select.blur(); });
        AiriskPage.addOverlay(id, select);
      });
      AiriskPage.canvas.addEventListener('touchend', function(e) {
        if (!e.changedTouches.length) return;
        var box = AiriskPage.canvas.getBoundingClientRect();
        var x = e.changedTouches[0].clientX - box.left, y = e.changedTouches[0].clientY - box.top;
        Object.keys(AiriskPage.overlays).forEach(function(id) {
          var c = AiriskPage.controls[id];
          if (!c || x < c.rect[0] || y < c.rect[1] || x > c.rect[0] + c.rect[2] || y > c.rect[1] + c.rect[3]) return;
          AiriskPage.openOverlay(id);
        });
      });
    },

    addOverlay: function(id, el) {
      el.className = 'airisk-overlay';
      el.setAttribute('data-overlay', id);
      el.hidden = true;
      el.addEventListener('blur', function() { el.hidden = true; });
      AiriskPage.card.appendChild(el);
      AiriskPage.overlays[id] = el;
    },

    // Called inside the touch handler, so the browser raises the keyboard or the list.
    openOverlay: function(id) {
      var el = AiriskPage.overlays[id], c = AiriskPage.controls[id];
      if (el.tagName === 'SELECT') {
        el.textContent = '';
        c.options.forEach(function(o) {
          var option = document.createElement('option');
          option.value = o.value;
          option.textContent = o.label;
          el.appendChild(option);
        });
      }
      el.value = c.value;
      el.hidden = false;
      AiriskPage.placeOverlays();
      el.focus({ preventScroll: true });
      if (el.tagName === 'INPUT') el.select();
      else if (el.showPicker) { try { el.showPicker(); } catch (error) { /* focus is enough where it is refused */ } }
    },

    placeOverlays: function() {
      Object.keys(AiriskPage.overlays || {}).forEach(function(id) {
        var el = AiriskPage.overlays[id], c = AiriskPage.controls[id];
        if (el.hidden || !c) return;
        el.style.left = c.rect[0] + 'px';
        el.style.top = c.top + 'px';
        el.style.width = c.rect[2] + 'px';
        el.style.height = c.rect[3] + 'px';
      });
    }
  },

  airisk_js_init_page__deps: ['$AiriskPage', '$specialHTMLTargets', '$stringToNewUTF8'],
  airisk_js_init_page: function() {
    AiriskPage.root = Module['root'] || document;
    AiriskPage.card = AiriskPage.find('#airisk-card');
    AiriskPage.canvas = AiriskPage.find('#airisk-canvas');
    AiriskPage.mirror = AiriskPage.find('#airisk-mirror');
    // html5.h finds targets with document.querySelector, which cannot see into a shadow root.
    specialHTMLTargets['#airisk-canvas'] = AiriskPage.canvas;
    var sections = document.createElement('div');
    sections.className = 'airisk-sections';
    AiriskPage.live = document.createElement('p');
    AiriskPage.live.className = 'airisk-live';
    AiriskPage.live.setAttribute('aria-live', 'polite');
    AiriskPage.mirror.textContent = '';
    AiriskPage.mirror.append(sections, AiriskPage.live);
    Module['action'] = AiriskPage.action;
    Module['setAttribute'] = AiriskPage.setAttribute;
    Module['state'] = AiriskPage.state;
    // The host's shareImage(): the card's share image as a PNG blob (see share_image.h).
    AiriskPage.imageWaiters = [];
    Module['shareImage'] = function() {
      return new Promise(function(resolve, reject) {
        AiriskPage.imageWaiters.push({ resolve: resolve, reject: reject });
        if (!_airisk_share_image()) {
          AiriskPage.imageWaiters.pop();
          reject(new Error('The card has no report to draw, or cannot draw in this browser right now.'));
        }
      });
    };
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
      // The host's theme wins; otherwise the visitor's system setting, followed live.
      theme: hostTheme || (dark && dark.matches ? 'dark' : 'light')
    };
    // The host's attributes, each with whether it is there at all ("" is a value too).
    var attributes = s.attributes || {};
    Object.keys(attributes).forEach(function(name) {
      AiriskPage.settings[name] = attributes[name];
      AiriskPage.settings['has-' + name] = '1';
    });
    AiriskPage.systemTheme = function() { return dark && dark.matches ? 'dark' : 'light'; };
    AiriskPage.hostTheme = hostTheme || '';
    if (dark && dark.addEventListener) {
      dark.addEventListener('change', function() { if (!AiriskPage.hostTheme) AiriskPage.setTheme(AiriskPage.systemTheme()); });
    }
    // A host theme wins; removing it goes back to the visitor's own setting.
    Module['setTheme'] = function(theme) {
      AiriskPage.hostTheme = theme === 'dark' || theme === 'light' ? theme : '';
      AiriskPage.setTheme(AiriskPage.hostTheme || AiriskPage.systemTheme());
    };
    AiriskPage.syncUrl = s.syncUrl !== false;
    // With sync-url the address is the card's: a link pasted or followed on the page reopens it.
    if (AiriskPage.syncUrl) {
      window.addEventListener('hashchange', function() {
        if (window.location.hash !== AiriskPage.card.getAttribute('data-link')) AiriskPage.action('link', window.location.hash);
      });
    }
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
      AiriskPage.withStrings([text], _airisk_paste_text);
    });
    AiriskPage.setUpOverlays();
    window.airiskFrameCount = window.airiskFrameCount || 0;
  },

  airisk_js_setting__deps: ['$AiriskPage', '$stringToNewUTF8'],
  airisk_js_setting: function(name) {
    var value = AiriskPage.settings[UTF8ToString(name)];
    return stringToNewUTF8(value === undefined ? '' : String(value));
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

  // The share image's pixels (width x height RGBA, bottom row first, as GL reads them), drawn
  // offscreen by share_render.cpp. Mode 0 saves a file, 1 copies the image, 2 opens it in a new
  // tab, 3 hands it to the host's shareImage() promise. A page may forbid each of the first three
  // (a sandboxed iframe without allow-downloads, clipboard-write or allow-popups): the card then
  // says so and offers the others, never "Saved" for nothing.
  airisk_js_image_pixels__deps: ['$AiriskPage'],
  airisk_js_image_pixels: function(mode, fileName, rgba, width, height) {
    var canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    var context = canvas.getContext('2d');
    var image = context.createImageData(width, height);
    var row = width * 4;
    for (var y = 0; y < height; y++) {
      image.data.set(HEAPU8.subarray(rgba + (height - 1 - y) * row, rgba + (height - y) * row), y * row);
    }
    context.putImageData(image, 0, 0);
    var name = UTF8ToString(fileName) || 'airisk-card.png';
    if (mode === 3) {
      var waiter = AiriskPage.imageWaiters.shift();
      canvas.toBlob(function(blob) {
        if (blob) waiter.resolve(blob); else waiter.reject(new Error('The image could not be encoded in this browser.'));
      }, 'image/png');
      return;
    }
    var framed = (function() { try { return window.self !== window.top; } catch (e) { return true; } })();
    var blocked = function(what) {
      AiriskPage.action('download-failed', what + ' Copy the image or open it in a new tab instead.');
    };
    canvas.toBlob(function(blob) {
      if (!blob) { blocked('The image could not be made in this browser.'); return; }
      if (mode === 1) {
        if (!window.ClipboardItem || !navigator.clipboard || !navigator.clipboard.write) { blocked('This browser cannot copy images.'); return; }
        navigator.clipboard.write([new ClipboardItem({ 'image/png': blob })]).then(
          function() { AiriskPage.action('notice', 'Image copied to the clipboard.'); },
          function() { blocked('This page does not let the card copy images.'); });
        return;
      }
      var url = URL.createObjectURL(blob);
      setTimeout(function() { URL.revokeObjectURL(url); }, 60000);
      if (mode === 2) {
        var opened = window.open(url, '_blank');
        if (opened) AiriskPage.action('notice', 'The image opened in a new tab.');
        else blocked('This page does not let the card open new tabs.');
        return;
      }
      // A sandboxed frame may drop the download without telling anyone: there, say what to do
      // if nothing arrives rather than claim it was saved.
      var a = document.createElement('a');
      a.href = url;
      a.download = name;
      document.body.appendChild(a);
      a.click();
      a.remove();
      if (framed) AiriskPage.action('download-failed', 'Downloading ' + name + '. If nothing arrives, this page blocks downloads.');
      else AiriskPage.action('notice', 'Downloading ' + name + '.');
    }, 'image/png');
  },

  airisk_js_state_changed__deps: ['$AiriskPage'],
  airisk_js_state_changed: function(json) {
    var text = UTF8ToString(json);
    AiriskPage.card.setAttribute('data-state', text);
    AiriskPage.card.dispatchEvent(new CustomEvent('airisk-internal:state', { detail: JSON.parse(text) }));
  },

  // A value the card could not use: an event for the host, and one console line per value.
  airisk_js_error__deps: ['$AiriskPage'],
  airisk_js_error: function(json) {
    var detail = JSON.parse(UTF8ToString(json));
    var said = AiriskPage.warned = AiriskPage.warned || {};
    var key = detail.attribute + '=' + detail.value;
    if (!said[key]) {
      said[key] = true;
      console.warn('airisk: ' + detail.message + (detail.suggestions.length ? ' Closest: ' + detail.suggestions.join(', ') + '.' : ''));
    }
    AiriskPage.card.dispatchEvent(new CustomEvent('airisk-internal:error', { detail: detail }));
  },

  airisk_js_link_changed__deps: ['$AiriskPage'],
  airisk_js_link_changed: function(link, initial) {
    var value = UTF8ToString(link);
    AiriskPage.card.setAttribute('data-link', value);
    if (initial) {
      // The state the card opened with is not a change. The address is rewritten only when the
      // card read it differently (a bad key, a renamed profession); a section the link opened at
      // is left as the visitor got it, so reloading opens there again.
      var opened = window.location.hash.replace(/&sec=[^&]*/, '');
      if (AiriskPage.syncUrl && window.location.hash && opened !== value && window.history.replaceState) {
        window.history.replaceState(null, '', value);
      }
      return;
    }
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
