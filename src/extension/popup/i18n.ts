import browser from 'webextension-polyfill';

/** A UI string from _locales (the key itself when missing, so a gap shows instead of a blank). */
export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/** Fills every `[data-i18n]` element of a static page with its string, as text. */
export function localize(root: ParentNode): void {
  for (const e of Array.from(root.querySelectorAll<HTMLElement>('[data-i18n]'))) e.textContent = t(e.dataset.i18n!);
}
