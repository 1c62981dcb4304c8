/**
 * When the popup's result reaches the screen, for the browser tests and the click-to-render
 * benchmark. Every section heading of a result carries `elementtiming="lede-result"`, so the
 * browser's Element Timing reports when the result was painted (its `renderTime`, from the
 * popup's own start). For the other states, and where Element Timing is missing, `lede-paint`
 * marks the end of the first frame after `lede-render`, the moment the state was put in the DOM.
 */
export const RESULT_TIMING = 'lede-result';
/** The popup's script has started (everything before it is the browser's: the window, the files). */
export const START_MARK = 'lede-start';
export const RENDER_MARK = 'lede-render';
export const PAINT_MARK = 'lede-paint';

/** Resolves once the next frame has been produced (a task queued from an animation frame runs after its paint). */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(resolve, 0));
    else setTimeout(resolve, 0);
  });
}

/** A hidden document (a popup page in a background tab) produces no frame: work waiting on one goes on after this. */
export const NO_FRAME_MS = 250;

/** afterNextPaint, or NO_FRAME_MS, whichever comes first (for work that must happen even unseen). */
export const afterPaintOrTimeout = (): Promise<void> => Promise.race([afterNextPaint(), new Promise<void>((resolve) => setTimeout(resolve, NO_FRAME_MS))]);

export function markStart(): void {
  if (typeof performance.mark === 'function') performance.mark(START_MARK);
}

export function markRendered(): void {
  if (typeof performance.mark !== 'function') return;
  performance.mark(RENDER_MARK);
  void afterNextPaint().then(() => performance.mark(PAINT_MARK));
}
