import type { RestrictedKind } from '../messages';

export interface Restriction {
  kind: RestrictedKind;
  message: string;
}

const MESSAGES: Record<RestrictedKind, string> = {
  'browser-page': "This is one of the browser's own pages. Browsers do not let extensions read them.",
  'web-store': 'The browser does not let extensions read its extension store.',
  pdf: 'This is a PDF in the browser’s viewer, which extensions cannot read. Open the article as a web page instead.',
  file: 'Lede cannot read local files unless you allow “Access to file URLs” for it in the extensions page.',
  'view-source': 'This is a page’s source view. Open the page itself to summarise it.',
  blank: 'This tab is empty.',
  other: 'The browser does not let extensions read this page.',
};

export function restriction(kind: RestrictedKind): Restriction {
  return { kind, message: MESSAGES[kind] };
}

/** Pages the browser forbids extensions to script, known from the URL alone. */
export function classifyUrl(url: string | undefined): Restriction | null {
  if (!url) return null;
  const u = url.toLowerCase();
  if (u === 'about:blank' || u === 'about:newtab' || u === 'chrome://newtab/' || u === 'about:home') return restriction('blank');
  if (u.startsWith('view-source:')) return restriction('view-source');
  if (
    u.startsWith('chrome://') ||
    u.startsWith('chrome-untrusted://') ||
    u.startsWith('edge://') ||
    u.startsWith('brave://') ||
    u.startsWith('about:') ||
    u.startsWith('moz-extension://') ||
    u.startsWith('chrome-extension://') ||
    u.startsWith('devtools://') ||
    u.startsWith('resource://') ||
    u.startsWith('chrome-search://')
  ) {
    if (u.startsWith('chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/')) return restriction('pdf');
    return restriction('browser-page');
  }
  if (/^https:\/\/(chromewebstore\.google\.com|chrome\.google\.com\/webstore|addons\.mozilla\.org|microsoftedge\.microsoft\.com\/addons)(\/|$)/.test(u)) {
    return restriction('web-store');
  }
  if (/\.pdf([?#]|$)/.test(u)) return restriction('pdf');
  return null;
}

/** Turns a scripting error into the state the popup shows. */
export function classifyInjectionError(message: string, url: string | undefined): Restriction | null {
  const m = message.toLowerCase();
  if (url?.toLowerCase().startsWith('file:')) return restriction('file');
  if (m.includes('extensions gallery') || m.includes('webstore')) return restriction('web-store');
  if (m.includes('cannot access') || m.includes('cannot be scripted') || m.includes('missing host permission') || m.includes('permission')) {
    return restriction('other');
  }
  return null;
}
