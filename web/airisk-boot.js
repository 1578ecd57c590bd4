// Starts the card on the page: the module factory from airisk.js (built with -sMODULARIZE),
// with errors shown as a plain message instead of a blank box.
(function () {
  'use strict';
  function showProblem(message) {
    var card = document.getElementById('airisk-card');
    if (!card) return;
    var note = document.createElement('p');
    note.className = 'airisk-fallback';
    note.textContent = message;
    card.replaceChildren(note);
  }
  if (typeof createAiriskModule !== 'function') {
    showProblem('The airisk report card could not be loaded.');
    return;
  }
  createAiriskModule({ root: document }).catch(function (error) {
    showProblem('The airisk report card could not start: ' + (error && error.message ? error.message : error));
  });
})();
