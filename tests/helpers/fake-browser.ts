/**
 * A stand-in for `webextension-polyfill` in jsdom tests: the parts of the WebExtension API that
 * Lede's extension code uses, with the real _locales messages behind i18n.getMessage.
 * Use: jest.mock('webextension-polyfill', () => require('../helpers/fake-browser').fakeBrowserModule());
 */
import fs from 'node:fs';
import path from 'node:path';

type Listener = (message: unknown, sender: { id?: string; tab?: unknown }) => unknown;

interface LocaleEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
const MESSAGES: Record<string, LocaleEntry> = JSON.parse(
  fs.readFileSync(path.join(__dirname, '../../src/extension/_locales/en/messages.json'), 'utf8'),
);

/** chrome.i18n.getMessage semantics: named $PLACEHOLDER$s whose content refers to $1..$9. */
export function getMessage(key: string, substitutions?: string | string[]): string {
  const entry = MESSAGES[key];
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const fill = (s: string) => s.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  return entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (_, name: string) => {
    const ph = entry.placeholders?.[name.toLowerCase()];
    return ph ? fill(ph.content) : '';
  });
}

/** storage and messaging keep JSON-like values (and jsdom has no structuredClone). */
export const copy = <T>(v: T): T => (v === undefined ? v : JSON.parse(JSON.stringify(v)));

export const EXTENSION_ID = 'lede-test-extension-id';

export function makeFakeBrowser() {
  const listeners: Listener[] = [];
  // storage.session outlives the worker: kept on globalThis, so a re-imported worker (a restart) sees it.
  const g = globalThis as { __fakeSessionStorage?: Map<string, unknown> };
  const storage = (g.__fakeSessionStorage ??= new Map<string, unknown>());
  const sync = new Map<string, unknown>();
  const event = () => ({ addListener: jest.fn() });
  const fake = {
    /** Test side: messages the registered onMessage listeners as `sender` would. */
    deliver(message: unknown, sender: { id?: string; tab?: unknown; url?: string } = { id: EXTENSION_ID }) {
      for (const l of listeners) {
        const r = l(message, sender);
        if (r !== undefined) return r;
      }
      return undefined;
    },
    listeners,
    storageMap: storage,
    syncMap: sync,
    runtime: {
      id: EXTENSION_ID,
      getURL: (file: string) => `chrome-extension://${EXTENSION_ID}/${file}`,
      onMessage: { addListener: (l: Listener) => listeners.push(l) },
      sendMessage: jest.fn(),
      openOptionsPage: jest.fn(async () => undefined),
    },
    /** Keys asked for that _locales does not have. */
    i18nMisses: [] as string[],
    i18n: {
      getMessage(key: string, substitutions?: string | string[]): string {
        const m = getMessage(key, substitutions);
        if (!m) fake.i18nMisses.push(key);
        return m;
      },
    },
    tabs: {
      query: jest.fn(),
      get: jest.fn(),
      sendMessage: jest.fn(),
      onUpdated: event(),
      onRemoved: event(),
    },
    scripting: { executeScript: jest.fn() },
    action: { setPopup: jest.fn(async (_: { tabId: number; popup: string }) => undefined) },
    storage: {
      session: {
        get: jest.fn(async (keys: string | string[]) => {
          const out: Record<string, unknown> = {};
          for (const k of typeof keys === 'string' ? [keys] : keys) if (storage.has(k)) out[k] = copy(storage.get(k));
          return out;
        }),
        set: jest.fn(async (items: Record<string, unknown>) => {
          for (const [k, v] of Object.entries(items)) storage.set(k, copy(v));
        }),
        remove: jest.fn(async (key: string) => void storage.delete(key)),
      },
      sync: {
        get: jest.fn(async (key: string) => (sync.has(key) ? { [key]: copy(sync.get(key)) } : {})),
        set: jest.fn(async (items: Record<string, unknown>) => {
          for (const [k, v] of Object.entries(items)) sync.set(k, copy(v));
        }),
      },
    },
  };
  return fake;
}
export type FakeBrowser = ReturnType<typeof makeFakeBrowser>;

/** The module shape jest.mock needs (the polyfill is a default export). */
export function fakeBrowserModule() {
  const browser = makeFakeBrowser();
  return { __esModule: true, default: browser };
}

/** Loads a static HTML file into jsdom's own document, without parsing it through innerHTML. */
export function loadDocument(file: string): void {
  const parsed = new DOMParser().parseFromString(fs.readFileSync(file, 'utf8'), 'text/html');
  document.replaceChild(document.importNode(parsed.documentElement, true), document.documentElement);
}
