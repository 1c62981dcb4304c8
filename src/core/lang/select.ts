import { en } from './en';
import type { LangPack } from './pack';

/** The pack for a language tag; English when the language has no pack yet. */
export function packFor(lang: string | null | undefined): LangPack {
  void lang;
  return en;
}
