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
  /** Words before "to say" that make it the writer's idiom ("safe to say"). */
  writerIdioms: Set<string>;
  /** Paragraph labels before a colon ("correction", "the latest"): no speaker. */
  headlineLabels: Set<string>;
  /** Verb forms that are as often plural nouns ("remarks", "questions"). */
  nounForms: Set<string>;
  /** Irregular past tenses ("lost", "fell") and third-person present forms ("remains") of any verb. */
  pastForms: Set<string>;
  presentForms: Set<string>;
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
  const forms = sections(pack, 'quote-verb-forms');
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
    writerIdioms: new Set(list('writer-idioms')),
    headlineLabels: new Set(list('headline-labels')),
    nounForms: new Set(list('noun-forms')),
    pastForms: new Set(forms.get('past') ?? []),
    presentForms: new Set(forms.get('present') ?? []),
  };
});
