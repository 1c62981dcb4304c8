/**
 * How soon a cached result is on screen when the popup opens again (issue 8: "a cached result
 * paints within 100 ms of opening the popup"), in Chromium on the sample page.
 *
 * What "opening the popup" means here: the popup document's navigation start
 * (`performance.timeOrigin`), the moment the browser has taken the click and begins to load
 * popup.html. The target is measured from there to the paint of the result (Element Timing on the
 * result's section headings, its `renderTime`: when the frame was presented). The browser's share
 * before that point (from the click to the navigation start) is printed too, and so is click to
 * paint: nothing of the browser's time is left out, it is only labelled.
 *
 * The popup's own records (src/extension/popup/timing.ts) split the rest: navigation start → script
 * start (the browser loads popup.html and popup.js), script start → result in the DOM (Lede's
 * script and its one read of storage.session), DOM → paint (style, layout, paint, raster and the
 * browser showing the popup window). One more open, traced, gives the popup main thread's CPU time
 * up to that paint (./popup-cpu.ts), which the load of a shared machine hardly changes. The figures
 * are printed, not asserted: the machine is shared, and a benchmark is not a timed test.
 */
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { ROOT, type Session, browserAvailable, ensureBuilt, launch, openPopup, serve, texts } from './harness';
import { tracePopupCpu } from './popup-cpu';

const run = browserAvailable();
const OPENS = 5;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The popup's marks, in ms from its own start. */
const marks = (popup: Page) =>
  popup.evaluate(() => Object.fromEntries(['lede-start', 'lede-render'].map((n) => [n, Math.round(performance.getEntriesByName(n).at(-1)?.startTime ?? NaN)])));

(run ? describe : describe.skip)('a cached result in Chromium', () => {
  let session: Session;
  let server: Awaited<ReturnType<typeof serve>>;

  beforeAll(async () => {
    ensureBuilt();
    server = await serve({ '/world/asia/xi-putin-beijing': path.join(ROOT, 'tests/fixtures/pages/beijing-summit/page.html') });
    session = await launch({ offline: true });
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  test(`reopened ${OPENS} times, the popup shows the cached result at once (times printed)`, async () => {
    const page = await session.browser.newPage();
    await page.goto(`${server.origin}/world/asia/xi-putin-beijing`, { waitUntil: 'load' });
    const first = await openPopup(session, page);
    const sentences = await texts(first.popup, '#sentences .jump');
    await first.popup.close();

    const opens: { click: number; nav: number; start: number; dom: number; paint: number }[] = [];
    for (let i = 0; i < OPENS; i++) {
      const again = await openPopup(session, page);
      expect(await again.popup.$eval('body', (b) => b.dataset.state)).toBe('ready');
      // Read through the tab's hint: one read of storage.session before the render (popup.ts, showCached).
      expect(await again.popup.$eval('body', (b) => b.dataset.via)).toBe('tab-hint');
      expect(await texts(again.popup, '#sentences .jump')).toEqual(sentences);
      const m = await marks(again.popup);
      expect(m['lede-start']).toBeLessThan(m['lede-render']);
      expect(m['lede-render']).toBeLessThanOrEqual(again.paintMs);
      opens.push({ click: again.ms, nav: again.navMs, start: m['lede-start'], dom: m['lede-render'], paint: again.paintMs });
      await again.popup.close();
    }
    const traced = await tracePopupCpu(session.browser, async () => {
      const again = await openPopup(session, page);
      expect(await texts(again.popup, '#sentences .jump')).toEqual(sentences);
      await again.popup.close();
    });
    expect(traced.cpuMs).toBeGreaterThan(0);
    expect(traced.cpuMs).toBeLessThanOrEqual(traced.wallMs);
    const med = (k: keyof (typeof opens)[number]) => median(opens.map((o) => o[k]));
    const max = (k: keyof (typeof opens)[number]) => Math.max(...opens.map((o) => o[k]));
    const paint = med('paint');
    console.log(
      [
        `sample page, Chromium headless, load average ${os.loadavg().map((x) => x.toFixed(1)).join(', ')}`,
        `first open (injection, extraction, analysis): click to paint ${first.ms} ms, painted ${first.paintMs} ms after the popup's navigation start`,
        `cached open, ${OPENS} opens, "opening the popup" = the popup document's navigation start (performance.timeOrigin):`,
        `  navigation start → result painted: median ${paint} ms, max ${max('paint')} ms (each: ${opens.map((o) => o.paint).join(', ')}); target 100 ms: ${paint <= 100 ? 'met' : 'NOT met'} (median)`,
        `  click → result painted: median ${med('click')} ms, max ${max('click')} ms, of which click → navigation start (the browser's, before popup.html exists) median ${med('nav')} ms`,
        `  navigation start → popup script start: median ${med('start')} ms (the browser loads popup.html and popup.js)`,
        `  Lede's part, script start → painted: median ${median(opens.map((o) => o.paint - o.start))} ms (script start → result in the DOM ${median(opens.map((o) => o.dom - o.start))} ms; DOM → paint ${median(opens.map((o) => o.paint - o.dom))} ms)`,
        `  traced open: the popup's main thread used ${traced.cpuMs} ms of CPU from its navigation start to that paint (${traced.wallMs} ms of wall time)`,
      ].join('\n'),
    );
    await page.close();
  });
});
