import browser from 'webextension-polyfill';

/**
 * The reader's settings, kept in storage.sync under one key. Stored values carry a version;
 * `migrate` turns anything found there (an older version, a partial or damaged object, nothing)
 * into valid current settings, so a new release never breaks on old data.
 */

export const SECTIONS = ['sentences', 'quotes', 'participants', 'figures'] as const;
export type SectionId = (typeof SECTIONS)[number];

export interface Settings {
  version: 1;
  /** Key sentences shown, 1 to 5. */
  summaryLength: number;
  /** Sections shown in the popup. */
  sections: Record<SectionId, boolean>;
  /** 'direct': quoted speech only; 'all': reported speech too. */
  quotes: 'direct' | 'all';
}

export const SETTINGS_VERSION = 1;
export const MAX_SUMMARY_LENGTH = 5;
export const STORAGE_KEY = 'settings';

export const DEFAULT_SETTINGS: Settings = {
  version: 1,
  summaryLength: 3,
  sections: { sentences: true, quotes: true, participants: true, figures: true },
  quotes: 'all',
};

const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** Valid current settings from whatever storage holds. */
export function migrate(raw: unknown): Settings {
  const s: Settings = { ...DEFAULT_SETTINGS, sections: { ...DEFAULT_SETTINGS.sections } };
  if (!isRecord(raw)) return s;
  // Version 0 (before versioning) named the summary length "sentences"; carry it over.
  const length = raw.summaryLength ?? (raw.version === undefined ? raw.sentences : undefined);
  if (typeof length === 'number' && Number.isFinite(length)) s.summaryLength = Math.min(MAX_SUMMARY_LENGTH, Math.max(1, Math.round(length)));
  if (isRecord(raw.sections)) {
    for (const id of SECTIONS) if (typeof raw.sections[id] === 'boolean') s.sections[id] = raw.sections[id] as boolean;
  }
  if (raw.quotes === 'direct' || raw.quotes === 'all') s.quotes = raw.quotes;
  return s;
}

export async function loadSettings(): Promise<Settings> {
  try {
    const got = await browser.storage.sync.get(STORAGE_KEY);
    return migrate(got[STORAGE_KEY]);
  } catch {
    return migrate(undefined); // storage.sync can be switched off by policy: the defaults still work
  }
}

/**
 * A copy of the settings in storage.session (memory, next to the cached results), kept by the
 * popup and the options page: a popup with a cached result reads it with that result, in one read
 * of memory, and checks it against storage.sync once the result is on screen (see popup.ts).
 */
export const MIRROR_KEY = 'settings';

export async function mirrorSettings(settings: Settings): Promise<void> {
  try {
    await browser.storage.session.set({ [MIRROR_KEY]: settings });
  } catch {
    // No storage.session (or over its quota): the popup reads storage.sync instead.
  }
}

export const sameSettings = (a: unknown, b: unknown): boolean => JSON.stringify(migrate(a)) === JSON.stringify(migrate(b));

export async function saveSettings(settings: Settings): Promise<void> {
  const s = migrate(settings);
  await browser.storage.sync.set({ [STORAGE_KEY]: s });
  await mirrorSettings(s);
}
