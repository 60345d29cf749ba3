/** What both browser checks share: Debian's chromium, its headless flags, and the "every chart drawn" probe. */
export const CHROMIUM = '/usr/bin/chromium';

/** Headless, offline-friendly flags (no GPU, no QUIC, no background requests). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// code run in the page (as text: the project's TypeScript has no DOM types)
/** Every chart container has been drawn by vega-embed, or says it could not be. */
export const ALL_DRAWN = `(() => {
  const vis = [...document.querySelectorAll('.vis')];
  return vis.length > 0 && vis.every((e) => e.getAttribute('data-rendered') === 'true' || (e.textContent || '').includes('could not be drawn'));
})()`;
