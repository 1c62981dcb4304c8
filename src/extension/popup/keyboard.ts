/**
 * Keyboard movement in the popup's lists (a roving tabindex): Tab reaches each list once, on its
 * current row; ArrowUp/ArrowDown, Home/End move between rows; ArrowLeft/ArrowRight move between
 * the controls of a row. Enter and Space are the buttons' own.
 */

const ROW = 'li.row';
const LIST = '[data-roving]';

/** The focusable controls of a row (not those of rows nested inside it). */
export function controlsOf(row: Element): HTMLElement[] {
  return Array.from(row.querySelectorAll<HTMLElement>('.rv')).filter((c) => c.closest(ROW) === row);
}

/** The rows of a list (not those of nested lists), skipping hidden ones. */
export function rowsOf(list: Element): HTMLElement[] {
  return Array.from(list.querySelectorAll<HTMLElement>(ROW)).filter((r) => r.closest(LIST) === list && !r.hidden);
}

/** Makes `row` the list's current row: its controls take part in Tab order, the others do not. */
export function setCurrent(list: Element, row: HTMLElement): void {
  for (const r of Array.from(list.querySelectorAll<HTMLElement>(ROW)).filter((x) => x.closest(LIST) === list)) {
    for (const c of controlsOf(r)) c.tabIndex = r === row ? 0 : -1;
  }
}

/** Prepares a list after rendering: its first row is current. */
export function initRoving(list: HTMLElement): void {
  list.dataset.roving = '';
  const rows = rowsOf(list);
  if (rows[0]) setCurrent(list, rows[0]);
}

/** Adds rows to a list prepared by initRoving: they stay out of the Tab order until one becomes current. */
export function appendRows(list: HTMLElement, rows: HTMLElement[]): void {
  list.append(...rows);
  for (const r of rows) for (const c of controlsOf(r)) c.tabIndex = -1;
}

export function onListKey(e: KeyboardEvent): void {
  const target = e.target as HTMLElement | null;
  const row = target?.closest<HTMLElement>(ROW);
  const list = row?.closest<HTMLElement>(LIST);
  if (!target || !row || !list || !controlsOf(row).includes(target)) return;
  const rows = rowsOf(list);
  const i = rows.indexOf(row);
  let next: HTMLElement | undefined;
  if (e.key === 'ArrowDown') next = rows[i + 1];
  else if (e.key === 'ArrowUp') next = rows[i - 1];
  else if (e.key === 'Home') next = rows[0];
  else if (e.key === 'End') next = rows[rows.length - 1];
  else if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
    const cs = controlsOf(row);
    const j = cs.indexOf(target) + (e.key === 'ArrowRight' ? 1 : -1);
    if (cs[j]) {
      e.preventDefault();
      cs[j].focus();
    }
    return;
  } else return;
  e.preventDefault();
  if (!next) return;
  setCurrent(list, next);
  controlsOf(next)[0]?.focus();
}

/** Keeps the current row where focus is, whether it came by mouse, Tab or arrows. */
export function onListFocus(e: FocusEvent): void {
  const row = (e.target as HTMLElement | null)?.closest<HTMLElement>(ROW);
  const list = row?.closest<HTMLElement>(LIST);
  if (row && list) setCurrent(list, row);
}
