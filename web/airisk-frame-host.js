// For pages that embed card.html in an iframe: sizes each <iframe data-airisk> to its card and
// tells the card which part of it is on screen, so only that part is drawn.
// Usage: <iframe data-airisk src="https://host/airisk/card.html#v=1&p=nurse" ...></iframe>
//        <script src="https://host/airisk/airisk-frame-host.js" defer></script>
(function () {
  'use strict';
  function frames() { return Array.prototype.slice.call(document.querySelectorAll('iframe[data-airisk]')); }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'airisk:height') return;
    frames().forEach(function (frame) {
      if (frame.contentWindow !== event.source) return;
      var height = Number(data.height);
      if (Number.isFinite(height) && height > 0 && height < 100000) frame.style.height = height + 'px';
      sendView(frame);
    });
  });

  function sendView(frame) {
    var rect = frame.getBoundingClientRect();
    var top = Math.max(0, -rect.top);
    var height = Math.max(1, Math.min(rect.bottom, window.innerHeight) - Math.max(rect.top, 0));
    var origin = new URL(frame.src, window.location.href).origin;
    frame.contentWindow.postMessage({ type: 'airisk:viewport', top: top, height: Math.min(height, window.innerHeight) }, origin);
  }

  var pending = false;
  function update() {
    if (pending) return;
    pending = true;
    requestAnimationFrame(function () { pending = false; frames().forEach(sendView); });
  }
  window.addEventListener('scroll', update, { passive: true });
  window.addEventListener('resize', update);
})();
