import { type LangPack, lines, memoByPack } from '../lang/pack';
import { sections, textLexicon } from '../text/lexicon';

export type PlaceKind = 'country' | 'continent' | 'region' | 'city';

/** The participants module's view of a language pack's data files, parsed once per pack. */
export interface ParticipantLexicon {
  firstNames: Map<string, 'male' | 'female' | null>;
  surnames: Set<string>;
  /** Lower-cased place name -> its kind and the name as written. */
  places: Map<string, { kind: PlaceKind; name: string }>;
  /** Lower-cased demonym ("chinese", "chinese people" not included) -> place name ("China"). */
  demonyms: Map<string, string>;
  /** The longest demonym in words (to bound lookups). */
  demonymMaxWords: number;
  /** Capitalised words that are never a participant on their own. */
  miscWords: Set<string>;
  /** Last words of event names ("World Cup", "U.S. Open"): such names are not participants. */
  eventHeads: Set<string>;
  /** Words after (or before) a name that make it a thing ("Dow Jones industrial average", "carrier Enterprise"). */
  thingAfter: Set<string>;
  thingBefore: Set<string>;
  honorMale: Set<string>;
  honorFemale: Set<string>;
  honorAny: Set<string>;
  titles: Set<string>;
  titleModifiers: Set<string>;
  roleNouns: Set<string>;
  kin: Set<string>;
  particles: Set<string>;
  /** Entries of the first-name lists that are mostly other words ("west", "port"). */
  notFirstNames: Set<string>;
  nameSuffixes: Set<string>;
  ofHeads: Set<string>;
  /** Last words of place names ("River", "Square"), and first words ("Mount", "Lake"). */
  placeHeads: Set<string>;
  placeBeforeHeads: Set<string>;
  /** Lower-case nouns introducing an organisation's name ("broadcaster", "agency"). */
  orgDescriptors: Set<string>;
  /** Words right after a name that make it an organisation ("spokesman", "shares"). */
  orgAfter: Set<string>;
  /** Team roles after a team's name ("captain", "striker"), and words of sports reports. */
  sportsRoles: Set<string>;
  sportsWords: Set<string>;
  orgSuffixes: Set<string>;
  orgHeads: Set<string>;
  sportsHeads: Set<string>;
  /** Lower-cased organisation names known without any head word ("afp", "the kremlin"). */
  knownOrgs: Set<string>;
  /** Ordinary words, normally lower-case. */
  common: Set<string>;
  stopwords: Set<string>;
}

/** A place by any spelling: "u.s." / "u.s" / "us", "st petersburg" / "saint petersburg". */
export function placeOf(lex: ParticipantLexicon, key: string): { kind: PlaceKind; name: string } | undefined {
  const k = key.toLowerCase();
  const hit = lex.places.get(k);
  if (hit) return hit;
  if (k.includes('.')) {
    const undotted = lex.places.get(k.replace(/\./g, ''));
    if (undotted) return undotted;
  }
  return k.startsWith('st ') || k.startsWith('st. ') ? lex.places.get(k.replace(/^st\.? /, 'saint ')) : undefined;
}

const set = (xs: readonly string[] | undefined) => new Set((xs ?? []).map((x) => x.toLowerCase()));

export const participantLexicon = memoByPack((pack: LangPack): ParticipantLexicon => {
  const first = sections(pack, 'participants-first-names');
  const firstNames = new Map<string, 'male' | 'female' | null>();
  for (const n of first.get('male') ?? []) firstNames.set(n, 'male');
  for (const n of first.get('female') ?? []) firstNames.set(n, 'female');
  for (const n of first.get('unisex') ?? []) firstNames.set(n, null);

  const places = new Map<string, { kind: PlaceKind; name: string }>();
  const generated = sections(pack, 'participants-places');
  const extra = sections(pack, 'participants-places-extra');
  // Countries win over regions and cities of the same name ("Georgia", "Luxembourg").
  for (const kind of ['city', 'region', 'continent', 'country'] as PlaceKind[]) {
    for (const line of [...(generated.get(kind) ?? []), ...(extra.get(kind) ?? [])]) {
      const names = line.split('|').map((n) => n.trim()).filter(Boolean);
      const canonical = places.get(names[0].toLowerCase());
      const name = kind === 'country' && canonical?.kind === 'country' ? canonical.name : names[0];
      for (const n of names) {
        places.set(n.toLowerCase(), { kind, name });
        // "N. Korea" is also looked up as "n korea" (mention words carry no dots).
        if (n.includes('.')) places.set(n.toLowerCase().replace(/\.\s*/g, (d) => (d.length > 1 ? ' ' : '')).trim(), { kind, name });
      }
    }
  }

  const demonyms = new Map<string, string>();
  let demonymMaxWords = 1;
  for (const line of lines(pack, 'participants-demonyms')) {
    const eq = line.indexOf('=');
    if (eq < 0) continue;
    const d = line.slice(0, eq).trim().toLowerCase();
    const place = line.slice(eq + 1).trim();
    demonyms.set(d, place);
    demonymMaxWords = Math.max(demonymMaxWords, d.split(' ').length);
  }

  const titles = sections(pack, 'participants-titles');
  const parts = sections(pack, 'participants-name-parts');
  const orgs = sections(pack, 'participants-orgs');
  const misc = sections(pack, 'participants-misc-words');
  const knownOrgs = set(orgs.get('known'));
  for (const o of lines(pack, 'participants-orgs-known')) knownOrgs.add(o.toLowerCase());

  return {
    firstNames,
    surnames: set(lines(pack, 'participants-surnames')),
    places,
    demonyms,
    demonymMaxWords,
    miscWords: set(misc.get('word')),
    eventHeads: set(misc.get('event-head')),
    thingAfter: set(misc.get('after')),
    thingBefore: set(misc.get('before')),
    honorMale: set(titles.get('honorific-male')),
    honorFemale: set(titles.get('honorific-female')),
    honorAny: set(titles.get('honorific')),
    titles: set(titles.get('title')),
    titleModifiers: set(titles.get('modifier')),
    roleNouns: set(titles.get('role')),
    kin: set(titles.get('kin')),
    particles: set(parts.get('particle')),
    notFirstNames: set(parts.get('not-first-name')),
    nameSuffixes: set(parts.get('suffix')),
    ofHeads: set(parts.get('of-head')),
    placeHeads: set(extra.get('head')),
    placeBeforeHeads: set(extra.get('before-head')),
    orgDescriptors: set(orgs.get('descriptor')),
    orgAfter: set(orgs.get('after')),
    sportsRoles: set(orgs.get('sports-role')),
    sportsWords: set(orgs.get('sports-word')),
    orgSuffixes: set(orgs.get('suffix')),
    orgHeads: set(orgs.get('head')),
    sportsHeads: set(orgs.get('sports-head')),
    knownOrgs,
    common: set(lines(pack, 'participants-common-words')),
    stopwords: textLexicon(pack).stopwords,
  };
});
