/**
 * Performance marks of the popup, read back by the browser tests and the click-to-render
 * benchmark: `lede-render` when a final state (not "loading") is in the DOM, and `lede-paint` once
 * the frame that shows it has been produced (a task queued from the next animation frame runs
 * after that frame's paint). Times are from the popup's own start (its navigation).
 */
export const RENDER_MARK = 'lede-render';
export const PAINT_MARK = 'lede-paint';

export function markRendered(): void {
  if (typeof performance.mark !== 'function') return;
  performance.mark(RENDER_MARK);
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(() => performance.mark(PAINT_MARK), 0));
}
