// The summary's language settings: each pack's own weights (summary-weights.txt), the word budget,
// and the title read with the pack's tokenizer. Sentences written for these tests.
import fc from 'fast-check';
import '../../src/core/lang/all';
import { packFor } from '../../src/core/lang/select';
import { keySentences, withinBudget } from '../../src/core/summary';
import { quotedShare } from '../../src/core/summary/features';
import { parseWeights, summaryLexicon } from '../../src/core/summary/lexicon';
import { buildDoc } from '../../src/core/text/document';
import { expectValidPicks } from '../helpers/key-sentences';

const none = { participants: [], quotes: [], figures: [] };
const pick = (text: string, lang: string, title?: string, count = 3) => keySentences(buildDoc(text, packFor(lang)), none, count, { title, debug: true });

describe('a pack may set its own summary weights', () => {
  test.each([
    [['summaryWords = 80'], { summaryWords: 80 }],
    [['position = 1.5', 'titre = 2'], { position: 1.5 }],
    [['lengthTarget=12'], { lengthTarget: 12 }],
    [['redundancy = beaucoup'], {}],
    [['= 3', 'minWords = 1e9x'], {}],
  ])('%j', (lines, weights) => {
    expect(parseWeights(lines)).toEqual(weights);
  });

  test.each([
    ['fr', 80],
    ['en', undefined],
  ])('%s word budget: %s', (lang, budget) => {
    expect(summaryLexicon(packFor(lang)).weights.summaryWords).toBe(budget);
  });
});

describe('the word budget keeps picks, best first, until one would overflow it', () => {
  test.each([
    [[0, 1, 2], [30, 30, 30], 80, 2],
    [[0, 1, 2], [20, 30, 25], 80, 3],
    [[2, 0, 1], [30, 30, 90], 80, 1],
    [[0, 1], [120, 10], 80, 1],
    [[], [], 80, 0],
  ])('picks %j of %j words, budget %d: keeps %d', (picked, words, budget, kept) => {
    expect(withinBudget(picked, words, budget)).toBe(kept);
  });

  const long = [
    "Le gouvernement a présenté mercredi en conseil des ministres un projet de loi destiné à réformer en profondeur l'assurance chômage, qui doit être examiné par l'Assemblée nationale dès la rentrée de septembre.",
    "Les syndicats ont aussitôt dénoncé un texte qui réduirait selon eux les droits de centaines de milliers de demandeurs d'emploi, en particulier ceux qui alternent contrats courts et périodes de chômage.",
    "La ministre du Travail a défendu une réforme nécessaire pour encourager le retour à l'emploi, tout en promettant une concertation avec les partenaires sociaux avant le vote définitif du Parlement.",
    'Le texte prévoit aussi un bonus-malus sur les cotisations des entreprises qui abusent des contrats courts.',
  ].join(' ');

  test('a French story of long sentences gets the picks that fit in 80 words', () => {
    const out = pick(long, 'fr');
    expect(out.length).toBeGreaterThan(0);
    expect(out.length).toBeLessThan(3);
    for (const k of out) expect(long.slice(k.start, k.end)).toBe(k.text);
  });

  test('the budget scales with the count asked for', () => {
    const one = pick(long, 'fr', undefined, 1);
    const five = pick(long, 'fr', undefined, 5);
    expect(one).toHaveLength(1);
    expect(five.length).toBeGreaterThan(pick(long, 'fr').length);
  });

  test('English has no budget: three long picks', () => {
    const text = [
      'The city council voted on Tuesday night to approve a sweeping plan to rebuild the flooded riverside district, ending two years of bitter debate over how to pay for new levees and housing.',
      'Opponents of the plan, including several neighbourhood groups and two council members, said the cost would fall on renters who had already lost their homes and belongings in the floods.',
      'The mayor said the city would apply for federal grants to cover most of the cost, and promised that no family would be forced to leave the district while the work was under way.',
      'Construction is expected to begin next spring.',
    ].join(' ');
    expect(pick(text, 'en')).toHaveLength(3);
  });
});

describe('title words are read with the pack tokenizer (French elisions)', () => {
  test.each([
    ["L'Assemblée adopte la réforme", "Les députés de l'Assemblée ont voté le texte mardi soir après un long débat."],
    ["Grève à l'hôpital de Nantes", "Les soignants de l'hôpital ont cessé le travail lundi matin pour réclamer des renforts."],
    ["D'Ajaccio à Bastia, la Corse sous la neige", "La neige est tombée toute la nuit d'Ajaccio jusqu'aux hauteurs du Cap Corse."],
  ])('%s', (title, sentence) => {
    const text = `Le temps était calme en fin de semaine dans toute la région concernée. ${sentence}`;
    const out = pick(text, 'fr', title, 2);
    const hit = out.find((k) => k.text === sentence);
    expect(hit?.components?.title).toBeGreaterThan(0);
  });
});

describe('French guillemets count as quotes (the quote penalty)', () => {
  test.each([
    ['« Nous ne reculerons jamais devant la menace », a déclaré la ministre.', 0.5, 0.8],
    ['La ministre a qualifié le projet de « catastrophe » lundi.', 0.1, 0.3],
    ['La ministre a présenté le projet lundi devant les députés.', 0, 0],
    ['Le texte, « un compromis fragile », sera voté mardi par le Sénat.', 0.2, 0.5],
  ])('%s', (text, low, high) => {
    const share = quotedShare(text);
    expect(share).toBeGreaterThanOrEqual(low);
    expect(share).toBeLessThanOrEqual(high);
  });
});

/** A score component of `sentence` when it follows a neutral French sentence (undefined: not picked). */
const componentOf = (sentence: string, key: string) => {
  const filler = 'Le dossier est suivi de près par les associations de riverains depuis plusieurs années.';
  return pick(`${filler} ${sentence}`, 'fr', undefined, 2).find((k) => k.text === sentence)?.components?.[key];
};

describe('French leads date the event: [when] words', () => {
  test.each([
    ['Le maire de Lyon a annoncé mardi la fermeture de deux écoles du centre-ville.', 1],
    ["Un incendie s'est déclaré hier soir dans un entrepôt de la zone industrielle.", 1],
    ['Les pompiers sont intervenus dimanche matin sur la départementale 12.', 1],
    ['La fermeture de deux écoles du centre-ville inquiète les parents d’élèves.', 0],
  ])('%s', (sentence, dated) => {
    expect(componentOf(sentence, 'when')).toBe(dated ? 0.2 : 0);
  });

  test('English sets no weight on them', () => {
    const out = pick('The mayor announced on Tuesday that two schools would close. Parents were angry about the decision to close them.', 'en', undefined, 2);
    for (const k of out) expect(k.components?.when).toBe(0);
  });
});

describe('French dangling openers', () => {
  test.each([
    ['Mais la préfecture a refusé de prolonger le contrat des agents de sécurité.', 1],
    ['Il a refusé de prolonger le contrat des agents de sécurité du stade.', 1],
    ['Cette décision a surpris les agents de sécurité du stade municipal.', 1],
    ['En France, le contrat des agents de sécurité du stade a été prolongé.', 0],
    ['En 2019, la préfecture avait prolongé le contrat des agents de sécurité.', 0],
    ['Alors que le match approche, la préfecture a prolongé le contrat des agents.', 0],
  ])('%s', (sentence, dangling) => {
    expect(componentOf(sentence, 'dangling')).toBeCloseTo(dangling ? -0.15 : 0);
  });
});

describe('French keySentences on any string (property): the budget, elided titles, guillemets', () => {
  const pieces = fc.constantFrom("L'État ", 'a annoncé mardi ', '« Non », ', 'Il a dit. ', 'En France, ', 'M. Dupont. ', 'hier', '\n\n', '»', '«', "d'", ' ', '.', 'x');
  const texts = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.array(pieces, { maxLength: 80 }).map((a) => a.join('')));
  test('never throws; offsets valid; reading order; at least one pick when any is possible', () => {
    fc.assert(
      fc.property(texts, fc.integer({ min: -2, max: 8 }), fc.option(fc.array(pieces, { maxLength: 6 }).map((a) => a.join(''))), (text, count, title) => {
        const out = pick(text, 'fr', title ?? undefined, count);
        expectValidPicks(text, out, count);
        // The budget never empties a summary: the best pick is always kept.
        if (count >= 1 && pick(text, 'en', title ?? undefined, count).length > 0) expect(out.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});
