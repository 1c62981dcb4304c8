/**
 * A language pack is a folder of data files (src/core/lang/<code>/), never code.
 * `index.ts` in each folder only maps file names to their contents; each engine module
 * parses the files it needs (see `lexicon.ts` in each module) and caches the result per pack.
 */
export interface LangPack {
  /** ISO 639-1 code: "en", "fr", ... */
  code: string;
  /** File name without extension -> raw text (.txt) or parsed JSON (.json). */
  files: Record<string, unknown>;
  /**
   * The pack whose files this one borrows (English, always in memory): the files named in its
   * borrow.txt (names, places, first names: the same in every language) are read from there too,
   * before the pack's own lines. Set by registerPack.
   */
  base?: LangPack;
}

/** The lines of a .txt data file: trimmed, without blanks and `#` comments; a borrowed file's lines come first. */
export function lines(pack: LangPack, name: string): string[] {
  if (pack.base && borrows(pack).has(name)) return [...lines(pack.base, name), ...ownLines(pack, name)];
  return ownLines(pack, name);
}

const borrowed = new WeakMap<LangPack, Set<string>>();
function borrows(pack: LangPack): Set<string> {
  let b = borrowed.get(pack);
  if (!b) borrowed.set(pack, (b = new Set(ownLines(pack, 'borrow'))));
  return b;
}

function ownLines(pack: LangPack, name: string): string[] {
  const raw = pack.files[name];
  if (typeof raw !== 'string') return [];
  const out: string[] = [];
  for (const line of raw.split('\n')) {
    const hash = line.indexOf('#');
    const t = (hash >= 0 ? line.slice(0, hash) : line).trim();
    if (t) out.push(t);
  }
  return out;
}

/** Builds a value from a pack once and caches it for the pack's lifetime. */
export function memoByPack<T>(build: (pack: LangPack) => T): (pack: LangPack) => T {
  const cache = new WeakMap<LangPack, T>();
  return (pack) => {
    let v = cache.get(pack);
    if (v === undefined) {
      v = build(pack);
      cache.set(pack, v);
    }
    return v;
  };
}
