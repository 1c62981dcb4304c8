/**
 * The popup's own main-thread CPU time, from its navigation to the paint of its result, read from
 * a Chromium trace (every task's thread time, `tdur`). Unlike wall time it hardly depends on how
 * busy the machine is: on a shared machine a task's wall time includes the time the thread waited
 * for a core, its CPU time does not. It leaves out the browser process and the waits on the
 * extension APIs (the popup's messages and storage reads), so it is a floor, not the paint time.
 */
import type { Browser } from 'puppeteer-core';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
}

export interface PopupCpu {
  /** Wall time from the popup's navigation to the end of the first paint after its result was in the DOM. */
  wallMs: number;
  /** The popup main thread's CPU time over the same span. */
  cpuMs: number;
}

/** Traces `open` (which must open the popup and wait for its result) and measures the popup's main thread. */
export async function tracePopupCpu(browser: Browser, open: () => Promise<void>): Promise<PopupCpu> {
  const cdp = await browser.target().createCDPSession();
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e: { value: TraceEvent[] }) => void events.push(...e.value));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['devtools.timeline', 'blink.user_timing', 'loading', 'toplevel'] },
    transferMode: 'ReportEvents',
  });
  try {
    await open();
    await new Promise((r) => setTimeout(r, 300)); // the paint's trace events
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
  }
  // The popup's main thread is the one that marked lede-render (src/extension/popup/timing.ts).
  const render = events.find((e) => e.name === 'lede-render');
  if (!render) throw new Error('no lede-render mark in the trace');
  const thread = events.filter((e) => e.pid === render.pid && e.tid === render.tid);
  const nav = events.filter((e) => e.pid === render.pid && e.name === 'navigationStart' && e.ts <= render.ts).at(-1);
  const paint = thread.find((e) => e.name === 'Paint' && e.ts >= render.ts);
  if (!nav || !paint) throw new Error('no navigation or paint of the popup in the trace');
  const end = paint.ts + (paint.dur ?? 0);
  const tasks = thread.filter((e) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && e.ts >= nav.ts && e.ts <= end);
  return { wallMs: Math.round((end - nav.ts) / 1000), cpuMs: Math.round(tasks.reduce((a, e) => a + (e.tdur ?? 0), 0) / 1000) };
}
