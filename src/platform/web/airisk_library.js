// The JS side of the web platform: page layout (spacer + sticky canvas), the DOM mirror,
// the first-frame mark and the fallback. The C++ side decides; this file only writes the DOM.
mergeInto(LibraryManager.library, {
  $AiriskPage: {
    root: null,     // the element holding the card (document for the demo page)
    card: null,     // as tall as the card's content: the page scrolls it
    canvas: null,   // viewport-sized, position: sticky inside the card
    mirror: null,   // visually hidden, structured text of the card
    contentHeight: 0,
    frames: 0,
    shape: '',      // the mirror's structure last written; text-only changes update in place

    find: function(selector) {
      return (AiriskPage.root || document).querySelector(selector);
    },

    // The canvas is as tall as the viewport or the card, whichever is smaller.
    layout: function() {
      var h = AiriskPage.contentHeight;
      if (!h) return;
      AiriskPage.card.style.height = Math.ceil(h) + 'px';
      AiriskPage.canvas.style.height = Math.ceil(Math.min(window.innerHeight, h)) + 'px';
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

    buildControl: function(c) {
      var el;
      if (c.kind === 'text') {
        el = document.createElement('input');
        el.type = 'text';
        el.setAttribute('inputmode', 'decimal');
        el.setAttribute('autocomplete', 'off');
        el.addEventListener('change', function() { AiriskPage.action(c.id, el.value); });
      } else if (c.kind === 'select') {
        el = document.createElement('select');
        c.options.forEach(function(o) {
          var option = document.createElement('option');
          option.value = o.value;
          option.textContent = o.label;
          el.appendChild(option);
        });
        el.addEventListener('change', function() { AiriskPage.action(c.id, el.value); });
      } else {
        el = document.createElement('button');
        el.type = 'button';
        el.addEventListener('click', function() { AiriskPage.action(c.id, el.getAttribute('data-value') || ''); });
      }
      el.setAttribute('data-control', c.id);
      if (c.kind === 'text' || c.kind === 'select') {
        var label = document.createElement('label');
        var span = document.createElement('span');
        span.textContent = c.label + ' ';
        label.appendChild(span);
        label.appendChild(el);
        return { wrapper: label, element: el };
      }
      return { wrapper: el, element: el };
    },

    updateControl: function(el, c) {
      var rect = c.rect.join(' ');
      if (el.getAttribute('data-rect') !== rect) el.setAttribute('data-rect', rect);
      if (c.kind === 'text' || c.kind === 'select') {
        // Never overwrite what a keyboard user is typing into the mirror's own field.
        if (document.activeElement !== el && el.value !== c.value) el.value = c.value;
      } else {
        if (el.textContent !== c.label) el.textContent = c.label;
        el.setAttribute('data-value', c.value);
        if (c.kind === 'button') el.setAttribute('aria-pressed', c.pressed ? 'true' : 'false');
      }
    },

    build: function(sections) {
      var mirror = AiriskPage.mirror;
      mirror.textContent = '';
      sections.forEach(function(s) {
        var section = document.createElement('section');
        section.setAttribute('data-section', s.id);
        var heading = document.createElement('h' + Math.min(6, Math.max(1, s.level)));
        heading.textContent = s.heading;
        section.appendChild(heading);
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
        s.controls.forEach(function(c) {
          section.appendChild(AiriskPage.buildControl(c).wrapper);
        });
        mirror.appendChild(section);
      });
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
    }
  },

  airisk_js_init_page__deps: ['$AiriskPage'],
  airisk_js_init_page: function() {
    AiriskPage.root = Module['root'] || document;
    AiriskPage.card = AiriskPage.find('#airisk-card');
    AiriskPage.canvas = AiriskPage.find('#airisk-canvas');
    AiriskPage.mirror = AiriskPage.find('#airisk-mirror');
    window.addEventListener('resize', function() { AiriskPage.layout(); });
    AiriskPage.canvas.addEventListener('paste', function(event) {
      var text = event.clipboardData ? event.clipboardData.getData('text/plain') : '';
      if (!text) return;
      event.preventDefault();
      var length = lengthBytesUTF8(text) + 1, ptr = _malloc(length);
      stringToUTF8(text, ptr, length);
      _airisk_paste_text(ptr);
      _free(ptr);
    });
    window.airiskFrameCount = window.airiskFrameCount || 0;
  },

  airisk_js_css_width__deps: ['$AiriskPage'],
  airisk_js_css_width: function() { return AiriskPage.canvas.clientWidth || 1; },

  airisk_js_css_height__deps: ['$AiriskPage'],
  airisk_js_css_height: function() { return AiriskPage.canvas.clientHeight || 1; },

  // How far the page has scrolled into the card: what the canvas must show at its top.
  airisk_js_view_scroll__deps: ['$AiriskPage'],
  airisk_js_view_scroll: function() {
    var top = AiriskPage.card.getBoundingClientRect().top;
    var max = Math.max(0, AiriskPage.contentHeight - AiriskPage.canvas.clientHeight);
    return Math.min(max, Math.max(0, -top));
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
      performance.mark('airisk:first-frame');
    }
  },

  airisk_js_show_fallback__deps: ['$AiriskPage'],
  airisk_js_show_fallback: function(message) {
    var note = document.createElement('p');
    note.className = 'airisk-fallback';
    note.textContent = UTF8ToString(message);
    AiriskPage.card.replaceChildren(note);
  }
});
