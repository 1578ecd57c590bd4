// For pages that embed card.html in an iframe: sizes each <iframe data-airisk> to its card and
// tells the card which part of it is on screen, so only that part is drawn.
// Usage: <iframe data-airisk src="https://host/airisk/card.html#v=1&p=nurse" ...></iframe>
//        <script src="https://host/airisk/airisk-frame-host.js" defer></script>
//
// Each frame is handled on its own: one that fails never stops the others. A frame without an
// origin yet (about:blank, a lazy placeholder, srcdoc, data:) is skipped until it navigates (its
// load event brings it back). Frames added or pointed elsewhere later are picked up. Viewport
// messages go out at most once per animation frame per frame, with the latest geometry.
(function () {
  'use strict';
  var SELECTOR = 'iframe[data-airisk]';
  var watched = new WeakSet();
  var dirty = [];        // frames whose view must be sent at the next animation frame
  var allDirty = false;  // the page scrolled or resized: every frame
  var scheduled = false;

  function frames() { return Array.prototype.slice.call(document.querySelectorAll(SELECTOR)); }

  // `work` for each frame on its own: an exception in one frame is reported, the rest go on.
  function eachFrame(list, work) {
    list.forEach(function (frame) {
      try {
        work(frame);
      } catch (error) {
        if (window.console) console.warn('airisk-frame-host: skipped a frame:', error);
      }
    });
  }

  // The origin to post to, or null while the frame has none: postMessage to "null" throws.
  function originOf(frame) {
    var src = frame.getAttribute('src');
    if (!src) return null;
    var origin = new URL(src, window.location.href).origin;
    return origin === 'null' ? null : origin;
  }

  function sendView(frame) {
    var origin = originOf(frame);
    if (!origin || !frame.contentWindow) return;
    var rect = frame.getBoundingClientRect();
    var top = Math.max(0, -rect.top);
    var height = Math.max(1, Math.min(rect.bottom, window.innerHeight) - Math.max(rect.top, 0));
    frame.contentWindow.postMessage({ type: 'airisk:viewport', top: top, height: Math.min(height, window.innerHeight) }, origin);
  }

  function flush() {
    scheduled = false;
    var list = allDirty ? frames() : dirty.filter(function (frame) { return frame.isConnected; });
    dirty = [];
    allDirty = false;
    eachFrame(list, sendView);
  }

  // Queues a view for `frame`, or for every frame without one; sent at the next animation frame.
  function schedule(frame) {
    if (!frame) allDirty = true;
    else if (dirty.indexOf(frame) < 0) dirty.push(frame);
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(flush);
  }

  // Once per frame element: every load (first navigation, a lazy src set later) sends it a view.
  function watch(frame) {
    if (watched.has(frame)) return;
    watched.add(frame);
    frame.addEventListener('load', function () { schedule(frame); });
    schedule(frame);
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'airisk:height') return;
    eachFrame(frames(), function (frame) {
      if (frame.contentWindow !== event.source) return;
      var height = Number(data.height);
      if (Number.isFinite(height) && height > 0 && height < 100000) frame.style.height = height + 'px';
      schedule(frame);
    });
  });

  // Frames added later, or whose src or data-airisk changes, are watched like the first ones.
  function isCardFrame(node) { return node.nodeType === 1 && node.matches(SELECTOR); }
  new MutationObserver(function (mutations) {
    mutations.forEach(function (mutation) {
      if (mutation.type === 'attributes') {
        if (isCardFrame(mutation.target)) eachFrame([mutation.target], watch);
        return;
      }
      Array.prototype.forEach.call(mutation.addedNodes, function (node) {
        if (node.nodeType !== 1) return;
        var found = isCardFrame(node) ? [node] : Array.prototype.slice.call(node.querySelectorAll(SELECTOR));
        eachFrame(found, watch);
      });
    });
  }).observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['src', 'data-airisk'] });

  eachFrame(frames(), watch);
  // Capture: a scroll inside any scrolling container moves the frames too.
  document.addEventListener('scroll', function () { schedule(null); }, { passive: true, capture: true });
  window.addEventListener('resize', function () { schedule(null); });
})();
