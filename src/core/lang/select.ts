import { en } from './en';
import type { LangPack } from './pack';

/**
 * The packs in memory. English is always there; the others are registered when loaded (all at
 * once in the CLI and the tests, see all.ts; one at a time in the extension, see
 * src/extension/background/packs.ts).
 */
const loaded = new Map<string, LangPack>([[en.code, en]]);

/** Adds a pack (a later one of the same code replaces it). Ignores anything that is not a pack. */
export function registerPack(pack: unknown): boolean {
  if (!pack || typeof pack !== 'object') return false;
  const { code, files } = pack as Partial<LangPack>;
  if (typeof code !== 'string' || !/^[a-z]{2,3}$/.test(code) || !files || typeof files !== 'object' || Array.isArray(files)) return false;
  const p = pack as LangPack;
  if (code !== en.code) p.base = en;
  loaded.set(code, p);
  return true;
}

export function isPackLoaded(code: string): boolean {
  return loaded.has(code);
}

/** The primary language subtag of a BCP 47 tag, lower-cased ("fr-CA" and "fr_CA" -> "fr"), or null. */
export function primaryTag(lang: string | null | undefined): string | null {
  if (typeof lang !== 'string') return null;
  const m = /^\s*([a-z]{2,3})(?:[-_]|\s*$)/i.exec(lang);
  return m ? m[1].toLowerCase() : null;
}

/** The pack for a language tag; English when that language's pack is not loaded (or does not exist). */
export function packFor(lang: string | null | undefined): LangPack {
  const code = primaryTag(lang);
  return (code && loaded.get(code)) || en;
}
