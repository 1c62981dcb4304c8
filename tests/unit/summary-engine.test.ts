import fc from 'fast-check';
import { analyze } from '../../src/core/analyze';
import { en } from '../../src/core/lang/en';
import { dedupeRanked, jaccard, wordSet } from '../../src/core/rank/dedupe';
import { mmrSelect, setCosine } from '../../src/core/rank/mmr';
import { keySentences } from '../../src/core/summary';
import { datelineLength } from '../../src/core/summary/dateline';
import { quotedShare } from '../../src/core/summary/features';
import { buildDoc } from '../../src/core/text/document';
import { expectValidPicks } from '../helpers/key-sentences';

const none = { participants: [], quotes: [], figures: [] };
const pick = (text: string, count = 3, title?: string) => keySentences(buildDoc(text, en), none, count, { title, debug: true });

describe('keySentences never throws and keeps offsets valid', () => {
  test.each([
    ['empty', ''],
    ['spaces', '   \n\n  '],
    ['one sentence', 'The council approved the budget on Monday.'],
    ['no punctuation', 'just some words without an end'],
    ['only boilerplate', 'Sign up for our newsletter. Read more. Click here to subscribe.'],
    ['symbols', '!!! ??? ... “” "'],
  ])('%s', (_name, text) => {
    const out = pick(text);
    expect(out.length).toBeLessThanOrEqual(3);
    for (const k of out) expect(text.slice(k.start, k.end)).toBe(k.text);
  });

  test('10,000 sentences: three picks, in reading order, quickly', () => {
    const words = ['council', 'budget', 'river', 'school', 'police', 'market', 'storm', 'court', 'vote', 'bridge'];
    const parts: string[] = [];
    for (let i = 0; i < 10_000; i++) parts.push(`The ${words[i % 10]} report number ${i} said the ${words[(i * 7) % 10]} plan would cost ${i * 3} dollars.`);
    const text = parts.join(' ');
    const t0 = Date.now();
    const out = pick(text);
    expect(Date.now() - t0).toBeLessThan(3000);
    expect(out).toHaveLength(3);
    expect(out.map((k) => k.sentence)).toEqual([...out.map((k) => k.sentence)].sort((a, b) => a - b));
    for (const k of out) expect(text.slice(k.start, k.end)).toBe(k.text);
  });

  test('count is honoured and capped by the number of sentences', () => {
    const text = 'The mayor resigned on Tuesday after a long inquiry. The city council will vote on a successor next week. Residents were split over the decision to resign.';
    expect(pick(text, 1)).toHaveLength(1);
    expect(pick(text, 5)).toHaveLength(3);
    expect(pick(text, 0)).toHaveLength(0);
  });
});

describe('datelines are left out of the key sentence', () => {
  test.each([
    ['(CNN)A shooting at a bar killed five people.', 'A shooting at a bar killed five people.'],
    ['Tokyo (CNN)Police in Japan say they have arrested a man.', 'Police in Japan say they have arrested a man.'],
    ['Naypyidaw, Myanmar (CNN)Twenty-one people are dead.', 'Twenty-one people are dead.'],
    ['WASHINGTON (Reuters) - The Senate passed the bill on Friday.', 'The Senate passed the bill on Friday.'],
    ['LONDON — Britain’s economy shrank in the third quarter.', 'Britain’s economy shrank in the third quarter.'],
    ['BEIJING: Chinese President Xi Jinping met Vladimir Putin.', 'Chinese President Xi Jinping met Vladimir Putin.'],
    ['The senator (R-Texas) said the vote would fail.', 'The senator (R-Texas) said the vote would fail.'],
    ['Apple (AAPL) shares rose 3% on Monday.', 'Apple (AAPL) shares rose 3% on Monday.'],
  ])('%s', (sentence, body) => {
    expect(sentence.slice(datelineLength(sentence))).toBe(body);
  });

  test('the key sentence span starts after the dateline', () => {
    const text = '(CNN)A suicide attacker detonated a car bomb near a police vehicle in the capital on Sunday. Officials said six people were killed in the blast.';
    const [first] = pick(text);
    expect(first.text.startsWith('A suicide attacker')).toBe(true);
    expect(text.slice(first.start, first.end)).toBe(first.text);
  });
});

describe('signals', () => {
  test.each([
    ['“We will not back down,” he said.', 0.7],
    ['The minister said the plan would go ahead.', 0],
    ['He called the plan “a disgrace” on Monday.', 0.1],
  ])('quoted share of %s is about %d', (text, share) => {
    expect(quotedShare(text)).toBeCloseTo(share, 0);
  });

  test.each([
    ['Sign up for our newsletter to get the news first.'],
    ['Read more: The storm that changed the coast.'],
    ['CNN’s Jane Doe contributed to this report.'],
    ['Cover image: an artist’s impression of the new bridge at night.'],
    ['The opinions expressed in this commentary are solely those of the author.'],
    ['Follow us on Twitter for the latest updates from the region.'],
    ['This story has been updated with new figures from the ministry.'],
    ['5 min read and a lot of new photos from the festival opening.'],
  ])('page furniture: %s', (sentence) => {
    const text = `The storm cut power to 40,000 homes across the region on Tuesday. Crews expect to restore most lines by Thursday. ${sentence}`;
    expect(pick(text, 3).map((k) => k.sentence)).toEqual([0, 1]);
  });

  test('boilerplate is never picked when there is news', () => {
    const text =
      'Sign up for our morning newsletter to get the news first. The storm cut power to 40,000 homes across the region on Tuesday. Crews expect to restore most lines by Thursday evening. CNN’s Jane Doe contributed to this report.';
    const out = pick(text, 3).map((k) => k.text);
    expect(out.some((t) => t.startsWith('Sign up'))).toBe(false);
    expect(out.some((t) => t.includes('contributed to this report'))).toBe(false);
  });

  test('a sentence that repeats a picked one gives way to a new fact', () => {
    const text = [
      'The factory fire in Dhaka killed at least 40 workers on Sunday, officials said.',
      'At least 40 workers were killed in the factory fire in Dhaka on Sunday, officials said.',
      'The owner of the building was arrested on Monday and charged with negligence.',
      'Firefighters needed six hours to bring the blaze under control.',
    ].join(' ');
    const out = pick(text, 2).map((k) => k.sentence);
    expect(out).toContain(0);
    expect(out).not.toContain(1);
  });

  test('debug keeps score components', () => {
    const [k] = pick('The council approved the budget on Monday after a long debate.', 1);
    expect(k.components).toBeDefined();
    expect(Object.keys(k.components ?? {})).toEqual(expect.arrayContaining(['position', 'centrality', 'length']));
  });

  test('analyze passes the title and returns key sentences in reading order', () => {
    const r = analyze({ text: 'Fire broke out at the market. The mayor spoke to reporters about the budget. Trade fell again.', title: 'Mayor defends budget' }, { summaryLength: 2 });
    expect(r.keySentences).toHaveLength(2);
    expect(r.keySentences[0].sentence).toBeLessThan(r.keySentences[1].sentence);
  });
});

describe('mmrSelect', () => {
  test('picks by score without redundancy, skips -Infinity', () => {
    expect(mmrSelect([0.1, 0.9, -Infinity, 0.5], 3, () => 0, 0.5)).toEqual([1, 3, 0]);
  });
  test('redundancy pushes a near-duplicate down', () => {
    const sets = [[1, 2, 3], [1, 2, 3], [7, 8]];
    expect(mmrSelect([1, 0.95, 0.6], 2, (a, b) => setCosine(sets[a], sets[b]), 0.5)).toEqual([0, 2]);
  });
  test('setCosine', () => {
    expect(setCosine([1, 2, 3, 4], [3, 4, 5, 6])).toBeCloseTo(0.5);
    expect(setCosine([], [1])).toBe(0);
  });
});

test('mmrSelect falls back to near-duplicates when nothing else is left', () => {
  expect(mmrSelect([1, 0.9, 0.8], 3, () => 1, 0.1, 0.6)).toEqual([0, 1, 2]);
});

describe('sentence signals, as score components', () => {
  const components = (sentence: string) => {
    const text = `The council met on Monday to discuss the city budget for next year. ${sentence}`;
    const all = keySentences(buildDoc(text, en), none, 10, { debug: true });
    return all.find((k) => k.sentence === 1)?.components ?? {};
  };
  test.each([
    ['Trade between the two cities reached $240 billion last year.', 'figures', true],
    ['Unemployment fell to 4.5% in March, the lowest in a decade.', 'figures', true],
    ['The budget grew by 3 million dollars over the plan.', 'figures', true],
    ['The council first met in 2023 in the old town hall.', 'figures', false],
    ['The mayor, 54, has led the council for years.', 'figures', false],
    ['Notably, the plan included a pledge to freeze local taxes.', 'emphasis', true],
    ['The plan included a pledge to freeze local taxes.', 'emphasis', false],
    ['Why would anyone vote against a budget like this one?', 'voice', true],
    ['“Why would anyone vote against this budget?” she asked the council.', 'voice', true],
    ['I think the budget is far too generous to the police.', 'voice', true],
    ['The budget is far too generous to the police, critics say.', 'voice', false],
    ['But the vote was postponed until the end of the month.', 'dangling', true],
    ['The vote was postponed until the end of the month.', 'dangling', false],
  ])('%s → %s %s', (sentence, key, present) => {
    const value = components(sentence)[key] ?? 0;
    if (present) expect(value).not.toBe(0);
    else expect(Math.abs(value)).toBe(0);
  });
});

describe('dedupeRanked (shared by the popup lists)', () => {
  test('keeps the first of near-duplicates, in order', () => {
    const quotes = [
      '“We will not accept any escalation,” the minister said.',
      '“We will not accept any escalation,” the minister said on Monday.',
      'Trade reached $240 billion.',
      'Trade reached $240 billion.',
    ];
    expect(dedupeRanked(quotes, (q) => q, 0.8)).toEqual([quotes[0], quotes[2]]);
  });
  test('limit caps the kept items', () => {
    expect(dedupeRanked(['a b', 'c d', 'e f'], (x) => x, 0.8, 2)).toEqual(['a b', 'c d']);
  });
  test.each([
    ['same words', 'the cat sat', 'sat the cat', 1],
    ['half', 'a b', 'b c', 1 / 3],
    ['empty', '', '', 1],
  ])('jaccard: %s', (_name, a, b, value) => {
    expect(jaccard(wordSet(a), wordSet(b))).toBeCloseTo(value);
  });
});

describe('keySentences on any string (property)', () => {
  const pieces = fc.constantFrom('(CNN)', 'Sign up. ', 'He said: “No.” ', 'The $5 bn deal. ', 'Notably, ', '\n\n', '?', '“', '”', '"', 'BEIJING: ', 'Dr. ', 'x', ' ', '.');
  const texts = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.array(pieces, { maxLength: 60 }).map((a) => a.join('')));
  test('never throws; offsets valid; reading order; at most count', () => {
    fc.assert(
      fc.property(texts, fc.integer({ min: -2, max: 8 }), fc.option(fc.string({ maxLength: 40 })), (text, count, title) => {
        expectValidPicks(text, keySentences(buildDoc(text, en), none, count, { title, debug: true }), count);
      }),
      { numRuns: 300 },
    );
  });
});
