// card.html inside an iframe: tells the parent page how tall the card is, so the iframe can be
// as tall as its content, and takes from the parent which part of it is on screen.
//
// Protocol (window.postMessage, documented in the README):
//   card -> parent  { type: 'airisk:height', height }            CSS pixels; nothing else is sent
//   parent -> card  { type: 'airisk:viewport', top, height }     the visible part of the iframe
// web/airisk-frame-host.js implements the parent's side.
const card = document.querySelector('ai-risk-card');
const framed = window.parent !== window;

if (framed && card) {
  let last = 0;
  const report = () => {
    const height = Math.ceil(card.getBoundingClientRect().height);
    if (height && height !== last) {
      last = height;
      // Only the card's own height: no state, no salary, nothing of the visitor's.
      window.parent.postMessage({ type: 'airisk:height', height }, '*');
    }
  };
  new ResizeObserver(report).observe(card);
  // Only the last view of an animation frame is applied: the card lays itself out and draws for
  // each one, so a parent that floods messages (100k of them) costs one update a frame, not one each.
  let pendingView = null;
  const applyView = () => {
    const { top, height } = pendingView;
    pendingView = null;
    card.setView(top, height);
  };
  window.addEventListener('message', (event) => {
    if (event.source !== window.parent) return;
    const data = event.data;
    if (!data || data.type !== 'airisk:viewport') return;
    const top = Number(data.top), height = Number(data.height);
    if (!Number.isFinite(top) || !Number.isFinite(height) || height <= 0) return;
    if (!pendingView) requestAnimationFrame(applyView);
    pendingView = { top, height };
  });
}
