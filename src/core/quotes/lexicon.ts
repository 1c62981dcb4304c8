import { type LangPack, lines, memoByPack } from '../lang/pack';
import { sections } from '../text/lexicon';

export type VerbKind = 'speech' | 'manner' | 'belief' | 'object';
export type PronounKind = 'male' | 'female' | 'plural' | 'self' | 'thing' | 'relative';

export interface VerbInfo {
  lemma: string;
  kind: VerbKind;
}

/** The quote engine's word lists, parsed once per language pack. */
export interface QuoteLexicon {
  /** Every inflected form of a speech verb, lower-case ("said" → say, speech). */
  verbs: Map<string, VerbInfo>;
  /** Lemmas whose object or infinitive is reported content ("call for", "decline", "endorse"). */
  objectLemmas: Set<string>;
  /** Multi-word cues, each a list of lower-case words, keyed by their first word. */
  phrasal: Map<string, string[][]>;
  /** "according to", "citing": introduce a source that follows. */
  according: Map<string, string[][]>;
  /** The same, counted only right after a comma or a closing mark ("„…“, so Müller"). */
  accordingAfterComma: Map<string, string[][]>;
  /** Words allowed between a speaker and the verb ("has", "also", "later"). */
  auxiliary: Set<string>;
  /** Listeners after "told" ("reporters", "the press"), keyed by first word. */
  objects: Map<string, string[][]>;
  /** Head nouns of speaker descriptions ("spokesman", "leader"). */
  heads: Set<string>;
  pronouns: Map<string, PronounKind>;
  /** Where words were said ("statement", "interview"). */
  media: Set<string>;
  /** Titles and roles written before a name ("president", "sen."). */
  titles: Set<string>;
  /** A description head and the role words it can stand for ("leader" → president, premier...). */
  roleSynonyms: Map<string, Set<string>>;
  /** The closed-class words and endings the rules read (quote-grammar.txt). */
  g: QuoteGrammar;
  /** Words before "to say" that make it the writer's idiom ("safe to say"). */
  writerIdioms: Set<string>;
  /** Paragraph labels before a colon ("correction", "the latest"): no speaker. */
  headlineLabels: Set<string>;
  /** Verb forms that are as often plural nouns ("remarks", "questions"). */
  nounForms: Set<string>;
  /** Words before quoted words that are shown or named, not scare quotes ("titled", "chanting"); one or two words. */
  displayCues: Set<string>;
  /** Words before a quoted title of a work ("book", "memoir", "author of"); one or two words. */
  titleNouns: Set<string>;
  /** Verbs of manner that are gestures, not speech: no mixed clause after them ("greeting X as a “dear colleague”"). */
  gestureVerbs: Set<string>;
  /** Irregular past tenses ("lost", "fell") and third-person present forms ("remains") of any verb (quote-verb-forms.txt). */
  pastForms: Set<string>;
  presentForms: Set<string>;
}

/** quote-grammar.txt, one field per section (see the comments in the English file). */
export interface QuoteGrammar {
  determiners: Set<string>;
  prepositions: Set<string>;
  climbPrepositions: Set<string>;
  particles: Set<string>;
  notName: Set<string>;
  conjunctions: Set<string>;
  relative: Set<string>;
  relativePerson: Set<string>;
  stopForward: Set<string>;
  clauseBreak: Set<string>;
  be: Set<string>;
  baseBefore: Set<string>;
  commonLemmas: Set<string>;
  infinitive: Set<string>;
  coordinators: Set<string>;
  predicateJoiners: Set<string>;
  subordinators: Set<string>;
  complementizer: Set<string>;
  definite: Set<string>;
  smallWords: Set<string>;
  clauseOpeners: Set<string>;
  timeWords: Set<string>;
  thatOnly: Set<string>;
  bareBelief: Set<string>;
  finite: Set<string>;
  finiteSuffix: string[];
  afterCue: Set<string>;
  tell: Set<string>;
  questionWords: Set<string>;
  asked: Set<string>;
  askedAbout: Set<string>;
  tailStarters: Set<string>;
  auxAfterAnd: Set<string>;
  objectStop: Set<string>;
  objectStopOn: Set<string>;
  objectStopAfterOn: Set<string>;
  femaleTitles: Set<string>;
  maleTitles: Set<string>;
  adverbSuffix: string[];
  gerundSuffix: string[];
  headSuffix: string[];
  ageSuffix: string[];
  /** Language traits: "comma-before-clause" (reported clauses follow a comma). */
  flags: Set<string>;
  /** Pronouns written against an inverted verb ("déclare-t-il"): the token splits in two. */
  inversionPronouns: Set<string>;
  // Where reported clauses start and end (clause-end.ts, clause-start.ts, reported-*.ts).
  subjectPronouns: Set<string>;
  approximators: Set<string>;
  comparatives: Set<string>;
  than: Set<string>;
  articles: Set<string>;
  clauseCoordinators: Set<string>;
  contrast: Set<string>;
  fronting: Set<string>;
  frontingPrepositions: Set<string>;
  connectives: Set<string>;
  frontedOpeners: Set<string>;
  adverbialEnders: Set<string>;
  listenerStop: Set<string>;
  adjunctWords: Set<string>;
  adjunctPrepositions: Set<string>;
  adjunctHeads: Set<string>;
  nonOpeners: Set<string>;
  freeRelative: Set<string>;
  clauseSubordinators: Set<string>;
  relativeWords: Set<string>;
  npStop: Set<string>;
  verbParticles: Set<string>;
  listenerThenTo: Set<string>;
  objectPronouns: Set<string>;
  passiveBy: Set<string>;
  participleCues: Set<string>;
  accordingManner: Set<string>;
  nounNext: Set<string>;
  subjectBefore: Set<string>;
  pastSuffix: string[];
  /** Finite verbs of the reported mood ("sei", "habe"): their sentence reports speech (quoted-fragments packs). */
  reportedMood: Set<string>;
  /** Words before a quoted fragment that make it a characterisation ("als", "eine"), not a name. */
  fragmentOpeners: Set<string>;
  /** Lemmas of verbs whose object is the person quoted ("zitierte Papandreou mit den Worten"). */
  quotingVerbs: Set<string>;
  /** Determiners of a genitive that belongs to the noun before it ("Sprecher des Ministeriums"). */
  genitive: Set<string>;
  /** Words after the dot of an ordinal number ("3. Juni"): that dot ends no sentence. */
  ordinalFollowers: Set<string>;
}

/** `word` ends with one of `suffixes`. */
export function endsWithAny(word: string, suffixes: readonly string[]): boolean {
  for (const x of suffixes) if (word.endsWith(x)) return true;
  return false;
}

function grammar(pack: LangPack): QuoteGrammar {
  const s = sections(pack, 'quote-grammar');
  const list = (k: string) => (s.get(k) ?? []).map((w) => w.toLowerCase());
  const set = (k: string) => new Set(list(k));
  return {
    determiners: set('determiners'),
    prepositions: set('prepositions'),
    climbPrepositions: set('climb-prepositions'),
    particles: set('particles'),
    notName: set('not-name'),
    conjunctions: set('conjunctions'),
    relative: set('relative'),
    relativePerson: set('relative-person'),
    stopForward: set('stop-forward'),
    clauseBreak: set('clause-break'),
    be: set('be'),
    baseBefore: set('base-before'),
    commonLemmas: set('common-lemmas'),
    infinitive: set('infinitive'),
    coordinators: set('coordinators'),
    predicateJoiners: set('predicate-joiners'),
    subordinators: set('subordinators'),
    complementizer: set('complementizer'),
    definite: set('definite'),
    smallWords: set('small-words'),
    clauseOpeners: set('clause-openers'),
    timeWords: set('time-words'),
    thatOnly: set('that-only'),
    bareBelief: set('bare-belief'),
    finite: set('finite'),
    finiteSuffix: list('finite-suffix'),
    afterCue: set('after-cue'),
    tell: set('tell'),
    questionWords: set('question-words'),
    asked: set('asked'),
    askedAbout: set('asked-about'),
    tailStarters: set('tail-starters'),
    auxAfterAnd: set('aux-after-and'),
    objectStop: set('object-stop'),
    objectStopOn: set('object-stop-on'),
    objectStopAfterOn: set('object-stop-after-on'),
    femaleTitles: set('female-titles'),
    maleTitles: set('male-titles'),
    adverbSuffix: list('adverb-suffix'),
    gerundSuffix: list('gerund-suffix'),
    headSuffix: list('head-suffix'),
    ageSuffix: list('age-suffix'),
    flags: set('flags'),
    inversionPronouns: set('inversion-pronouns'),
    subjectPronouns: set('subject-pronouns'),
    approximators: set('approximators'),
    comparatives: set('comparatives'),
    than: set('than'),
    articles: set('articles'),
    clauseCoordinators: set('clause-coordinators'),
    contrast: set('contrast'),
    fronting: set('fronting'),
    frontingPrepositions: set('fronting-prepositions'),
    connectives: set('connectives'),
    frontedOpeners: set('fronted-openers'),
    adverbialEnders: set('adverbial-enders'),
    listenerStop: set('listener-stop'),
    adjunctWords: set('adjunct-words'),
    adjunctPrepositions: set('adjunct-prepositions'),
    adjunctHeads: set('adjunct-heads'),
    nonOpeners: set('non-openers'),
    freeRelative: set('free-relative'),
    clauseSubordinators: set('clause-subordinators'),
    relativeWords: set('relative-words'),
    npStop: set('np-stop'),
    verbParticles: set('verb-particles'),
    listenerThenTo: set('listener-then-to'),
    objectPronouns: set('object-pronouns'),
    passiveBy: set('passive-by'),
    participleCues: set('participle-cues'),
    accordingManner: set('according-manner'),
    nounNext: set('noun-next'),
    subjectBefore: set('subject-before'),
    pastSuffix: list('past-suffix'),
    reportedMood: set('reported-mood'),
    fragmentOpeners: set('fragment-openers'),
    quotingVerbs: set('quoting-verbs'),
    genitive: set('genitive'),
    ordinalFollowers: set('ordinal-followers'),
  };
}

function phraseMap(list: string[]): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  for (const line of list) {
    for (const alt of line.split('|')) {
      const words = alt.trim().toLowerCase().split(/\s+/).filter(Boolean);
      if (!words.length) continue;
      let l = out.get(words[0]);
      if (!l) out.set(words[0], (l = []));
      l.push(words);
    }
  }
  for (const l of out.values()) l.sort((a, b) => b.length - a.length);
  return out;
}

export const quoteLexicon = memoByPack((pack: LangPack): QuoteLexicon => {
  const verbs = new Map<string, VerbInfo>();
  const objectLemmas = new Set<string>();
  let kind: VerbKind = 'speech';
  for (const line of lines(pack, 'quote-verbs')) {
    const sec = /^\[([a-z-]+)\]$/.exec(line);
    if (sec) {
      kind = sec[1] as VerbKind;
      continue;
    }
    const forms = line.toLowerCase().split(/\s+/);
    if (kind === 'object') objectLemmas.add(forms[0]);
    for (const f of forms) if (!verbs.has(f)) verbs.set(f, { lemma: forms[0], kind });
  }
  const s = sections(pack, 'quote-cues');
  const verbForms = sections(pack, 'quote-verb-forms');
  const list = (k: string) => (s.get(k) ?? []).map((w) => w.toLowerCase());
  const pronouns = new Map<string, PronounKind>();
  for (const line of list('pronouns')) {
    const [w, g] = line.split(/\s+/);
    if (w && g) pronouns.set(w, g as PronounKind);
  }
  return {
    verbs,
    objectLemmas,
    phrasal: phraseMap(list('phrasal')),
    according: phraseMap(list('according')),
    accordingAfterComma: phraseMap(list('according-after-comma')),
    auxiliary: new Set(list('auxiliary')),
    objects: phraseMap(list('objects')),
    heads: new Set(list('speaker-heads')),
    pronouns,
    media: new Set(list('media')),
    titles: new Set(list('titles')),
    roleSynonyms: new Map(list('role-synonyms').map((l) => {
      const [head, ...rest] = l.split(/\s+/);
      return [head, new Set([head, ...rest])];
    })),
    g: grammar(pack),
    writerIdioms: new Set(list('writer-idioms')),
    headlineLabels: new Set(list('headline-labels')),
    nounForms: new Set(list('noun-forms')),
    displayCues: new Set(list('display-cues')),
    titleNouns: new Set(list('title-nouns')),
    gestureVerbs: new Set(list('gesture-verbs')),
    pastForms: new Set(verbForms.get('past') ?? []),
    presentForms: new Set(verbForms.get('present') ?? []),
  };
});
