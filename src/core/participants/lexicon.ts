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
  /** Endings that make a compound a title ("-vorsitzende", "-minister"): German writes titles as one word. */
  titleEndings: string[];
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
  /** Organisations written in lower case ("dpa", "taz"): names even so (participants-orgs.txt [lower-case]). */
  lowerOrgs: Set<string>;
  /** Ordinary words, normally lower-case. */
  common: Set<string>;
  /**
   * The language's frequent ordinary words, generated (participants-vocabulary.txt, stems only):
   * where nouns are capitalised, a capitalised word of this list is a noun unless its context
   * makes it a name. Weaker than `common`.
   */
  vocabulary: Set<string>;
  stopwords: Set<string>;
  /** The closed-class words and endings the rules read (participants-grammar.txt). */
  g: ParticipantGrammar;
}

/** participants-grammar.txt, one field per section (see the comments in the English file). */
export interface ParticipantGrammar {
  of: Set<string>;
  for: Set<string>;
  ofThe: Set<string>;
  and: Set<string>;
  orgInner: Set<string>;
  definite: Set<string>;
  connectors: Set<string>;
  stopInitials: Set<string>;
  listJoiners: Set<string>;
  locPrepsStrong: Set<string>;
  locPreps: Set<string>;
  speech: Set<string>;
  personWords: Set<string>;
  placeNouns: Set<string>;
  teamVerbs: Set<string>;
  versus: Set<string>;
  nameSuffixes: Set<string>;
  adjectivePrefixes: Set<string>;
  nonNameSuffixes: string[];
  /** [ending, replacement] pairs: "deliveries" -> "delivery" is ["ies", "y"]. */
  inflection: [string, string][];
  roleTime: Set<string>;
  appositionDeterminers: Set<string>;
  appositionArticles: Set<string>;
  appositionVerbs: Set<string>;
  appositionPreps: Set<string>;
  datelineMonths: Set<string>;
  /** [flags] nouns-capitalised: every noun is written with a capital (German). */
  nounsCapitalised: boolean;
  /** [flags] caps-unknown-no-name: in an all-caps sentence, an unknown word the text never capitalises is no name. */
  capsUnknownNoName: boolean;
  /** Lower-case words after which a capitalised word is a common noun ("der", "im", "keine"). */
  nounBefore: Set<string>;
  /** Endings of inflected adjectives before a noun ("neue", "großen"). */
  adjectiveEndings: string[];
  /** Heads of compounds that name places or institutions ("-dorf", "-kirchen", "-amt"): such a compound may be a name. */
  nameCompoundHeads: Set<string>;
  /** Words after which a lone name is a person ("sagte Schäuble"). */
  personBefore: Set<string>;
  /** [flags] genitive-s: names take a genitive "-s" with no apostrophe ("Merkels", "Hessens"). */
  genitiveS: boolean;
  /** Last parts of compounds that name streets and buildings ("-straße", "-kirche"): such a compound the vocabulary lacks is a place's name. */
  placeCompoundHeads: Set<string>;
  /** Words joining two parts of a place's name ("am" in "Frankfurt am Main"), each split in words. */
  placeJoiners: string[][];
  /** [flags] ordinal-dot: a regnal number is an ordinal written with a dot that belongs to the name ("Ludwig XIV."). */
  ordinalDot: boolean;
}

function grammar(pack: LangPack): ParticipantGrammar {
  const s = sections(pack, 'participants-grammar');
  const list = (k: string) => (s.get(k) ?? []).map((w) => w.toLowerCase());
  const set = (k: string) => new Set(list(k));
  return {
    of: set('of'),
    for: set('for'),
    ofThe: set('of-the'),
    and: set('and'),
    orgInner: set('org-inner'),
    definite: set('definite'),
    connectors: set('connectors'),
    stopInitials: set('stop-initials'),
    listJoiners: set('list-joiners'),
    locPrepsStrong: set('loc-prep-strong'),
    locPreps: set('loc-prep'),
    speech: set('speech'),
    personWords: set('person-words'),
    placeNouns: set('place-nouns'),
    teamVerbs: set('team-verbs'),
    versus: set('versus'),
    nameSuffixes: set('name-suffixes'),
    adjectivePrefixes: set('adjective-prefixes'),
    nonNameSuffixes: list('non-name-suffixes'),
    inflection: list('inflection').map((r) => {
      const gt = r.indexOf('>');
      return gt < 0 ? [r, ''] : [r.slice(0, gt), r.slice(gt + 1)];
    }),
    roleTime: set('role-time'),
    appositionDeterminers: set('apposition-determiners'),
    appositionArticles: set('apposition-articles'),
    appositionVerbs: set('apposition-verbs'),
    appositionPreps: set('apposition-preps'),
    datelineMonths: set('dateline-months'),
    nounsCapitalised: set('flags').has('nouns-capitalised'),
    capsUnknownNoName: set('flags').has('caps-unknown-no-name'),
    nounBefore: set('noun-before'),
    adjectiveEndings: list('adjective-endings'),
    nameCompoundHeads: set('name-compound-heads'),
    personBefore: set('person-before'),
    genitiveS: set('flags').has('genitive-s'),
    ordinalDot: set('flags').has('ordinal-dot'),
    placeCompoundHeads: set('place-compound-heads'),
    placeJoiners: list('place-joiners').map((j) => j.split(/\s+/)),
  };
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

/** The words of a front-coded list: each line a digit (letters kept from the word before), then the rest. */
export function frontDecoded(coded: readonly string[]): Set<string> {
  const out = new Set<string>();
  let before = '';
  for (const line of coded) {
    const n = line.charCodeAt(0) - 48;
    if (n < 0 || n > 9) continue;
    before = before.slice(0, n) + line.slice(1).toLowerCase();
    out.add(before);
  }
  return out;
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
  const lowerOrgs = set(orgs.get('lower-case'));
  for (const o of lowerOrgs) knownOrgs.add(o);

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
    titleEndings: (titles.get('title-ending') ?? []).map((w) => w.toLowerCase()),
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
    lowerOrgs,
    common: set(lines(pack, 'participants-common-words')),
    vocabulary: frontDecoded(lines(pack, 'participants-vocabulary')),
    stopwords: textLexicon(pack).stopwords,
    g: grammar(pack),
  };
});
