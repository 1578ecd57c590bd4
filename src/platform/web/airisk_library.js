// The engine's imports: what the C++ side asks of the page, always for the current card
// (AiriskCards.current, chosen by airisk_js_select_card). Clipboard, share sheet, PNG, address
// bar, the first-frame mark and the host's events. The C++ side decides; this file only talks to
// the DOM. The card objects themselves are in airisk_page.js.
mergeInto(LibraryManager.library, {
  // One engine serves every card on the page: the custom element asks it for a card per element.
  airisk_js_init_engine__deps: ['$AiriskPage', '$AiriskCards'],
  airisk_js_init_engine: function() {
    Module['addCard'] = function(options) {
      var page = Object.create(AiriskPage);
      page.id = AiriskCards.next++;
      AiriskCards.pages[page.id] = page;
      page.open(options);
      _airisk_add_card(page.id);
      return page.handle();
    };
    window.airiskFrameCount = window.airiskFrameCount || 0;
  },

  airisk_js_select_card__deps: ['$AiriskCards'],
  airisk_js_select_card: function(id) {
    AiriskCards.current = AiriskCards.pages[id] || null;
  },

  airisk_js_setting__deps: ['$AiriskCards', '$engineString'],
  airisk_js_setting: function(name) {
    var page = AiriskCards.current;
    var value = page.settings[UTF8ToString(name)];
    return engineString(value === undefined ? '' : value);
  },

  airisk_js_css_width__deps: ['$AiriskCards'],
  airisk_js_css_width: function() {
    var page = AiriskCards.current;
    return page.canvas.clientWidth || page.card.clientWidth || 1;
  },

  // How much larger than its CSS size the canvas is shown (a host's transform: scale() or zoom
  // around the card): pointer events come in shown pixels, the card lays out in CSS pixels.
  airisk_js_canvas_scale__deps: ['$AiriskCards'],
  airisk_js_canvas_scale: function(id) {
    var page = AiriskCards.pages[id];
    return page ? page.shownScale() : 1;
  },

  airisk_js_css_height__deps: ['$AiriskCards'],
  airisk_js_css_height: function() {
    var page = AiriskCards.current;
    page.followScale();
    return page.canvas.clientHeight || 1;
  },

  // How far the page has scrolled into the card: what the canvas must show at its top, and
  // where it is (placeCanvas).
  airisk_js_view_scroll__deps: ['$AiriskCards'],
  airisk_js_view_scroll: function() {
    var page = AiriskCards.current;
    return page.placeCanvas(page.view().top);
  },

  airisk_js_set_content_height__deps: ['$AiriskCards'],
  airisk_js_set_content_height: function(height) {
    var page = AiriskCards.current;
    page.contentHeight = height;
    page.layout();
  },

  airisk_js_write_mirror__deps: ['$AiriskCards'],
  airisk_js_write_mirror: function(json) {
    var page = AiriskCards.current;
    // Objects without a prototype: a key the engine left out ("same", "options") reads as absent
    // even where the host page has added it to Object.prototype.
    page.write(JSON.parse(UTF8ToString(json), function(key, value) {
      return value && typeof value === 'object' && !Array.isArray(value) ? Object.assign(Object.create(null), value) : value;
    }));
    // Ready once the card's text is there too (the first mirror follows the first frame).
    page.announceReady();
  },

  airisk_js_frame_drawn__deps: ['$AiriskCards'],
  airisk_js_frame_drawn: function(first, frameMs, inputPending) {
    var page = AiriskCards.current;
    window.airiskFrameCount = (window.airiskFrameCount || 0) + 1;
    // The last few hundred frame-callback durations, for scripts/bench.
    var times = window.airiskFrameTimes = window.airiskFrameTimes || [];
    times.push(frameMs);
    if (times.length > 600) times.shift();
    if (first) page.showDrawn();
    page.frameDone(inputPending);
  },

  // A mirror written by its timer after the frame (web_main.cpp write_mirror_soon), or in one:
  // its cost, for scripts/bench, which reports it beside the frames'.
  airisk_js_mirror_written: function(writeMs) {
    window.airiskMirrorCount = (window.airiskMirrorCount || 0) + 1;
    var times = window.airiskMirrorTimes = window.airiskMirrorTimes || [];
    times.push(writeMs);
    if (times.length > 600) times.shift();
  },

  airisk_js_copy_text__deps: ['$AiriskCards'],
  airisk_js_copy_text: function(text) {
    var page = AiriskCards.current;
    var value = UTF8ToString(text);
    function done(ok) { page.action('notice', ok ? 'Copied to the clipboard.' : 'Copy this: ' + value); }
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

  airisk_js_share__deps: ['$AiriskCards', 'airisk_js_copy_text'],
  airisk_js_share: function(title, url, message) {
    var page = AiriskCards.current;
    var data = { title: UTF8ToString(title), text: UTF8ToString(message), url: UTF8ToString(url) };
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
  airisk_js_image_pixels__deps: ['$AiriskCards'],
  airisk_js_image_pixels: function(mode, fileName, rgba, width, height) {
    var page = AiriskCards.current;
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
      var waiter = page.imageWaiters.shift();
      canvas.toBlob(function(blob) {
        if (blob) waiter.resolve(blob); else waiter.reject(new Error('The image could not be encoded in this browser.'));
      }, 'image/png');
      return;
    }
    var framed = (function() { try { return window.self !== window.top; } catch (e) { return true; } })();
    var blocked = function(what) {
      page.action('download-failed', what + ' Copy the image or open it in a new tab instead.');
    };
    canvas.toBlob(function(blob) {
      if (!blob) { blocked('The image could not be made in this browser.'); return; }
      if (mode === 1) {
        if (!window.ClipboardItem || !navigator.clipboard || !navigator.clipboard.write) { blocked('This browser cannot copy images.'); return; }
        navigator.clipboard.write([new ClipboardItem({ 'image/png': blob })]).then(
          function() { page.action('notice', 'Image copied to the clipboard.'); },
          function() { blocked('This page does not let the card copy images.'); });
        return;
      }
      var url = URL.createObjectURL(blob);
      setTimeout(function() { URL.revokeObjectURL(url); }, 60000);
      if (mode === 2) {
        var opened = window.open(url, '_blank');
        if (opened) page.action('notice', 'The image opened in a new tab.');
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
      if (framed) page.action('download-failed', 'Downloading ' + name + '. If nothing arrives, this page blocks downloads.');
      else page.action('notice', 'Downloading ' + name + '.');
    }, 'image/png');
  },

  airisk_js_state_changed__deps: ['$AiriskCards'],
  airisk_js_state_changed: function(json) {
    var page = AiriskCards.current;
    var text = UTF8ToString(json);
    page.card.setAttribute('data-state', text);
    page.card.dispatchEvent(new CustomEvent('airisk-internal:state', { detail: JSON.parse(text) }));
  },

  // A value the card could not use: an event for the host, and one console line per value.
  airisk_js_error__deps: ['$AiriskCards'],
  airisk_js_error: function(json) {
    var page = AiriskCards.current;
    var detail = JSON.parse(UTF8ToString(json));
    var said = page.warned = page.warned || Object.create(null);
    var key = detail.attribute + '=' + detail.value;
    if (!said[key]) {
      said[key] = true;
      console.warn('airisk: ' + detail.message + (detail.suggestions.length ? ' Closest: ' + detail.suggestions.join(', ') + '.' : ''));
    }
    page.card.dispatchEvent(new CustomEvent('airisk-internal:error', { detail: detail }));
  },

  airisk_js_link_changed__deps: ['$AiriskCards', '$isCardLink'],
  airisk_js_link_changed: function(link, initial, answers) {
    var page = AiriskCards.current;
    var value = UTF8ToString(link);
    var held = page.card.getAttribute('data-link') || '';  // the state the card showed until now
    page.card.setAttribute('data-link', value);
    // The card read an address (Back, a link followed) and writes it its own way: only while the
    // address is still that one. By this frame it may have moved on (Back again, the page's
    // router), and the card pushed what it read over it: Back stayed where it was.
    var answered = answers ? UTF8ToString(answers) : '';
    if (answered) {
      if (page.syncUrl && window.location.hash === answered && answered !== value && window.history.replaceState) {
        window.history.replaceState(null, '', value);
      }
      return;
    }
    if (initial) {
      // The state the card opened with is not a change. The address is rewritten only when the
      // card read it differently (a bad key, a renamed profession); a section the link opened at
      // is left as the visitor got it, so reloading opens there again.
      // An address that holds no card link (the host's own #anchor) is not the card's to rewrite.
      var opened = window.location.hash.replace(/&sec=[^&]*/, '');
      if (page.syncUrl && isCardLink(window.location.hash) && opened !== value && window.history.replaceState) {
        window.history.replaceState(null, '', value);
      }
      return;
    }
    // Another profession is a step Back returns from, as a page of its own would be (a visitor
    // who watched the address follow 20 professions left the site with Back). The rest (salary,
    // region, weights) follows in place.
    var professionOf = function(hash) { var m = /[#&]p=([^&]*)/.exec(hash); return m ? m[1] : ''; };
    var shown = page.urlTimer ? page.pendingUrl : window.location.hash;
    // Opened at a bare address (the visitor came from another page): the profession it opened with
    // becomes the step left, so Back returns to it, not off the site (field finding: the first
    // profession opened was written over that entry).
    if (page.syncUrl && shown === '' && window.location.hash === '' && professionOf(held) &&
        professionOf(value) !== professionOf(held) && window.history && window.history.replaceState) {
      window.history.replaceState(null, '', held);
      shown = held;
    }
    if (page.syncUrl && window.history && window.history.pushState && professionOf(shown) &&
        professionOf(value) !== professionOf(shown)) {
      if (page.urlTimer) {  // the step left keeps its last state (if the address is still that step's)
        clearTimeout(page.urlTimer);
        page.urlTimer = 0;
        if (window.location.href === page.pendingOver) window.history.replaceState(null, '', page.pendingUrl);
      }
      window.history.pushState(null, '', value);
      return;
    }
    // The address follows the card without adding history entries, where the page allows it.
    // Batched: typing a salary changes the link on every key, and each replaceState costs
    // milliseconds (browsers also throttle pages that call it too often).
    // Only over the card's own address (or a bare one): a router's route the page moved to before
    // this frame is the page's.
    var own = window.location.hash === '' || isCardLink(window.location.hash);
    if (page.syncUrl && own && window.history && window.history.replaceState) {
      page.pendingUrl = value;
      if (!page.urlTimer) {
        page.pendingOver = window.location.href;
        page.urlTimer = setTimeout(function() {
          page.urlTimer = 0;
          // The address moved on meanwhile with no hashchange yet (a hash router's pushState; Back
          // or Forward, whose hashchange comes later under load): that entry is not the card's to
          // rewrite. Written over, Forward landed on the profession the visitor had left.
          if (window.location.href !== page.pendingOver) return;
          window.history.replaceState(null, '', page.pendingUrl);
        }, 250);
      }
    }

  },

  // A link that names a section opens the card there (only where the card owns the address).
  airisk_js_scroll_to__deps: ['$AiriskCards'],
  airisk_js_scroll_to: function(cardY, section) {
    var page = AiriskCards.current;
    // A keyboard user goes where the page goes (field finding: Compare scrolled to the comparison
    // and left the focus on the button far above it, the next Tab back up in the results).
    var name = UTF8ToString(section);
    // A category's list opened by the visitor follows the chip the focus is on, and is brought
    // into view only when it is off the screen (field finding: on a phone it opened below it).
    var list = name === 'category-list';
    if (!list && page.mirror.contains(page.root.activeElement)) page.focusSection(name);
    // A comparison or a list the visitor opens is brought into view on any page; a section a link
    // names, only where the card owns the address.
    if (page.externalView || (!page.syncUrl && name !== 'compare' && !list)) return;
    var box = page.scrollBox && page.scrollBox.isConnected ? page.scrollBox : null;
    if (list) {
      var viewTop = box ? box.getBoundingClientRect().top + box.clientTop : 0;
      var viewHeight = box ? box.clientHeight : window.innerHeight;
      var onScreen = page.card.getBoundingClientRect().top + cardY - viewTop;  // the list's top in the view
      if (onScreen >= 0 && onScreen <= viewHeight * 0.75) return;
      cardY -= viewHeight * 0.35 - 12;  // the list's top a third down the view, the chips above it
    }
    if (box) {
      box.scrollTop += page.card.getBoundingClientRect().top - box.getBoundingClientRect().top - box.clientTop + cardY - 12;
      return;
    }
    var top = page.card.getBoundingClientRect().top + window.scrollY + cardY - 12;
    window.scrollTo(0, Math.max(0, top));
  },

  // The visitor opened another profession from the card's own list: once the mirror shows it, the
  // card's top comes into view (if it is above the screen) and the keyboard focus goes to its
  // first heading, so a screen reader reads the new report and the next Tab starts from there.
  airisk_js_show_report__deps: ['$AiriskCards'],
  airisk_js_show_report: function() {
    AiriskCards.current.showReportAfterWrite = true;
  },

  airisk_js_show_fallback__deps: ['$AiriskCards'],
  airisk_js_show_fallback: function(message) {
    var page = AiriskCards.current;
    var note = document.createElement('p');
    note.className = 'airisk-fallback';
    note.textContent = UTF8ToString(message);
    page.canvas.remove();
    page.card.style.height = 'auto';
    page.card.insertBefore(note, page.card.firstChild);
    // The mirror is the whole card as text: show it.
    page.mirror.classList.remove('airisk-visually-hidden');
    page.mirror.classList.add('airisk-text-card');
    // The text card is the card: it is ready, and the loading bar goes.
    page.announceReady();
  }
});
