import type { RestrictedKind } from '../messages';

/**
 * Pages the browser forbids extensions to script. The worker only names the kind; the popup
 * says it in the reader's language (`restricted_<kind>` in _locales).
 */

const BROWSER_SCHEMES = [
  'chrome:',
  'chrome-untrusted:',
  'chrome-search:',
  'edge:',
  'brave:',
  'opera:',
  'vivaldi:',
  'about:',
  'moz-extension:',
  'chrome-extension:',
  'devtools:',
  'resource:',
];
const BLANK = new Set(['about:blank', 'about:newtab', 'about:home', 'chrome://newtab/', 'edge://newtab/']);
/** Chrome's built-in PDF viewer extension. */
const PDF_VIEWER = 'chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/';
const STORES = /^https:\/\/(chromewebstore\.google\.com|chrome\.google\.com\/webstore|addons\.mozilla\.org|microsoftedge\.microsoft\.com\/addons)(\/|$)/;

/** Known from the URL alone; null when the page may be scriptable. */
export function classifyUrl(url: string | undefined): RestrictedKind | null {
  if (!url) return null;
  const u = url.toLowerCase();
  if (BLANK.has(u)) return 'blank';
  if (u.startsWith('view-source:')) return 'view-source';
  if (u.startsWith(PDF_VIEWER)) return 'pdf';
  if (BROWSER_SCHEMES.some((s) => u.startsWith(s))) return 'browser-page';
  if (STORES.test(u)) return 'web-store';
  if (/^[a-z-]+:\/\/[^?#]*\.pdf([?#]|$)/.test(u)) return 'pdf';
  return null;
}

/** Turns a scripting error into a restricted kind, or null when it is a real error. */
export function classifyInjectionError(message: string, url: string | undefined): RestrictedKind | null {
  const m = message.toLowerCase();
  if (url?.toLowerCase().startsWith('file:')) return 'file';
  if (m.includes('extensions gallery') || m.includes('webstore')) return 'web-store';
  if (m.includes('chrome://') || m.includes('chrome-extension://')) return 'browser-page';
  if (m.includes('error page')) return 'other';
  if (m.includes('cannot access') || m.includes('cannot be scripted') || m.includes('missing host permission') || m.includes('permission')) {
    return 'other';
  }
  return null;
}
