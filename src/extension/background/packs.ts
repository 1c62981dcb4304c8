import browser from 'webextension-polyfill';
import { languageOf } from '../../core/lang/detect';
import { PACK_CODES } from '../../core/lang/profiles';
import { isPackLoaded, registerPack } from '../../core/lang/select';
import type { Article } from '../../core/types';

/**
 * Loads, before analysis, the one language pack an article needs. English is in the worker's
 * bundle; every other pack is a JSON file of the extension itself (build/<browser>/lang/<code>.json,
 * written by scripts/build.mjs), read with fetch from the extension's own runtime.getURL address:
 * a Chrome MV3 service worker may not use import(), and importScripts() of a script not imported
 * at install time is refused, while fetch of the extension's own files works in Chrome's service
 * worker and Firefox's background script alike. Nothing else is ever fetched (see the allow-list in
 * tests/unit/bundle-privacy.test.ts). A pack that fails to load leaves the article to English.
 */
const loading = new Map<string, Promise<boolean>>();

/** The address of a pack inside the extension: only known pack codes, so only the extension's own files. */
export function packUrl(code: string): string | null {
  return code !== 'en' && PACK_CODES.includes(code) ? browser.runtime.getURL(`lang/${code}.json`) : null;
}

async function load(code: string): Promise<boolean> {
  try {
    const url = packUrl(code);
    if (!url) return false;
    const res = await fetch(url);
    return res.ok && registerPack(await res.json());
  } catch {
    return false;
  } finally {
    loading.delete(code);
  }
}

/** Makes sure the pack of the article's language is in memory; resolves to its code. Never rejects. */
export async function loadPackFor(article: Pick<Article, 'text' | 'lang'>): Promise<string> {
  const code = languageOf(article.lang, typeof article.text === 'string' ? article.text : '');
  if (isPackLoaded(code)) return code;
  let p = loading.get(code);
  if (!p) loading.set(code, (p = load(code)));
  await p;
  return code;
}
