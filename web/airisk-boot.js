// Starts the card on the page: downloads the WASM with a progress bar, then runs the module
// factory from airisk.js (built with -sMODULARIZE). Any failure becomes a readable message,
// never a blank box.
(function () {
  'use strict';
  var card = document.getElementById('airisk-card');
  if (!card) return;

  function showProblem(message) {
    var note = document.createElement('p');
    note.className = 'airisk-fallback';
    note.setAttribute('role', 'alert');
    note.textContent = message;
    var progress = card.querySelector('.airisk-progress');
    if (progress) progress.remove();
    card.insertBefore(note, card.firstChild);
  }

  var progress = document.createElement('div');
  progress.className = 'airisk-progress';
  progress.setAttribute('role', 'status');
  var label = document.createElement('span');
  label.textContent = 'Loading the report card\u2026';
  var bar = document.createElement('progress');
  bar.max = 1;
  bar.value = 0;
  bar.setAttribute('aria-label', 'Loading the report card');
  progress.appendChild(label);
  progress.appendChild(bar);
  card.appendChild(progress);

  if (typeof createAiriskModule !== 'function' || typeof WebAssembly !== 'object') {
    showProblem('This browser cannot run the airisk report card (it needs WebAssembly).');
    return;
  }

  // Read the WASM ourselves so the bar can show the download; compile starts once it is in.
  fetch('airisk.wasm').then(function (response) {
    if (!response.ok) throw new Error('airisk.wasm: HTTP ' + response.status);
    var total = Number(response.headers.get('Content-Length')) || 0;
    if (!response.body || !total) return response.arrayBuffer();
    var reader = response.body.getReader(), chunks = [], received = 0;
    function pump() {
      return reader.read().then(function (step) {
        if (step.done) {
          var bytes = new Uint8Array(received), offset = 0;
          chunks.forEach(function (c) { bytes.set(c, offset); offset += c.length; });
          return bytes.buffer;
        }
        chunks.push(step.value);
        received += step.value.length;
        bar.value = Math.min(0.95, received / total);
        return pump();
      });
    }
    return pump();
  }).then(function (wasmBinary) {
    bar.value = 1;
    label.textContent = 'Starting\u2026';
    return createAiriskModule({ root: document, wasmBinary: wasmBinary, settings: { syncUrl: true } });
  }).catch(function (error) {
    showProblem('The airisk report card could not start: ' + (error && error.message ? error.message : error));
  });
})();
