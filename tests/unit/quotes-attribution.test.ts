import fs from 'node:fs';
import path from 'node:path';
import { quotesOf, quoteWith, type Person } from './quotes-helpers';

const SAMPLE = fs.readFileSync(path.join(__dirname, '../fixtures/pages/beijing-summit/article.txt'), 'utf8');
const SAMPLE_PEOPLE: Person[] = [
  { name: 'Xi Jinping', aliases: ['Xi'], role: 'Chinese President', gender: 'male', country: 'China' },
  { name: 'Vladimir Putin', aliases: ['Putin'], role: 'Russian leader', gender: 'male', country: 'Russia' },
  { name: 'Li Qiang', role: 'Premier', gender: 'male' },
];

describe('speakers on the sample article', () => {
  const quotes = quotesOf(SAMPLE, SAMPLE_PEOPLE);
  test.each([
    ['conducive to peace', 'Xi Jinping'],
    ['China is ready to work with Russia', 'Xi Jinping'],
    ['Relations between Russia and China are not opportunistic', 'Vladimir Putin'],
    ['Together, we uphold the principles of justice', 'Vladimir Putin'], // "he added" after a Putin quote
    ['China’s position on this issue has always been clear', 'Xi Jinping'],
    ['respecting the reasonable security concerns of all sides', 'Xi Jinping'], // "the Chinese leader added"
    ['continue to deepen cooperation in various fields', 'Li Qiang'], // "— who said Beijing was willing to"
    ['harmful', 'Vladimir Putin'], // "He warned" after "Putin expressed gratitude"
  ])('“%s” → %s', (fragment, speaker) => {
    const q = quoteWith(quotes, fragment);
    expect(q).toBeDefined();
    expect(q!.speaker).toBe(speaker);
  });

  test('full quotes rank above partial ones, and every offset indexes the text', () => {
    const firstPartial = quotes.findIndex((q) => q.partial);
    const lastFull = quotes.map((q) => !q.partial && q.direct).lastIndexOf(true);
    expect(firstPartial).toBeGreaterThan(-1);
    expect(lastFull).toBeLessThan(firstPartial);
    for (const q of quotes) expect(SAMPLE.slice(q.start, q.end)).toBe(q.text);
  });

  test('partial quotes are marked, and a fragment inside reported speech stays in its clause', () => {
    expect(quoteWith(quotes, 'old friend')!.partial).toBe(true);
    const mixed = quoteWith(quotes, 'conducive to peace')!;
    expect(mixed.text).toBe('China-Russia relations were “conducive to peace”');
    expect(mixed.mixed).toBe(true);
    expect(mixed.direct).toBe(false);
    expect(quoteWith(quotes, 'China is ready to work')!.partial).toBe(false);
  });
});

describe('cue patterns', () => {
  const people: Person[] = [
    { name: 'Angela Merkel', aliases: ['Merkel'], role: 'German Chancellor', gender: 'female', country: 'Germany' },
    { name: 'Emmanuel Macron', aliases: ['Macron'], role: 'French President', gender: 'male', country: 'France' },
  ];
  test.each([
    ['X said', '“We will not give in,” Merkel said.', 'We will not give in,', 'Angela Merkel', 'said'],
    ['said X', '“We will not give in,” said Merkel.', 'We will not give in,', 'Angela Merkel', 'said'],
    ['X added', '“It is a good day for Europe,” Macron added.', 'It is a good day', 'Emmanuel Macron', 'added'],
    ['X told reporters', '“The talks went well,” Macron told reporters on Friday.', 'The talks went well', 'Emmanuel Macron', 'told'],
    ['pronoun after a named speaker', 'Merkel arrived late. “We will not give in,” she said.', 'We will not give in', 'Angela Merkel', 'said'],
    ['colon introduction', 'Merkel said: “Europe must stand together.”', 'Europe must stand together', 'Angela Merkel', 'said'],
    ['comma introduction', 'Macron told the crowd, “France is back.”', 'France is back', 'Emmanuel Macron', 'told'],
    ['appositive', '“Nothing is agreed,” Macron, who arrived on Thursday, said.', 'Nothing is agreed', 'Emmanuel Macron', 'said'],
    ['role before the name', '“We are ready,” German Chancellor Angela Merkel said.', 'We are ready', 'Angela Merkel', 'said'],
    ['description', 'Merkel met Macron in Paris. “The euro is safe,” the German chancellor said.', 'The euro is safe', 'Angela Merkel', 'said'],
    ['according to', '“There will be no deal,” according to Macron.', 'There will be no deal', 'Emmanuel Macron', 'according to'],
    ['manner verb', '“Never,” Merkel scoffed.', 'Never', 'Angela Merkel', 'scoffed'],
    ['phrasal verb', 'Macron pointed out: “The treaty is clear.”', 'The treaty is clear', 'Emmanuel Macron', 'pointed out'],
    ['straight marks', '"We will not give in," Merkel said.', 'We will not give in,', 'Angela Merkel', 'said'],
    ['participle clause', 'Macron spoke on Monday, saying “France is back.”', 'France is back', 'Emmanuel Macron', 'saying'],
  ])('%s', (_name, text, fragment, speaker, cue) => {
    const q = quoteWith(quotesOf(text, people), fragment);
    expect(q).toBeDefined();
    expect(q!.speaker).toBe(speaker);
    expect(q!.cue).toBe(cue);
  });

  test.each([
    ['a spokesman', '“The minister is on holiday,” a spokesman said.', 'a spokesman'],
    ['officials', '“The border is closed,” officials said on Monday.', 'officials'],
    ['unknown name', '“It was a mistake,” said Jane Doe, a teacher from Ohio.', 'Jane Doe'],
    ['spokeswoman for an organisation', '“We are reviewing it,” a spokeswoman for the State Department said.', 'a spokeswoman for the State Department'],
  ])('non-person or unresolved speaker: %s', (_name, text, speaker) => {
    expect(quotesOf(text)[0]?.speaker).toBe(speaker);
  });

  test.each([
    // An -ing form inside a noun phrase is not the reporting verb; the nearer verb speaks.
    ['attributive -ing', 'The grand welcoming ceremony set the tone, with Macron greeting Merkel as a “dear partner”, footage showed.', 'dear partner', 'Emmanuel Macron'],
    // A dateline in capitals is not a speaker; the trailing cue names the source.
    ['dateline in capitals', 'PARIS: Macron and Merkel met in Paris on Monday to discuss the budget, Reuters reported.', 'Macron and Merkel met', 'Reuters'],
  ])('%s', (_name, text, fragment, speaker) => {
    const q = quoteWith(quotesOf(text, people), fragment);
    expect(q?.speaker).toBe(speaker);
  });

  test('a split quote is one quote with one speaker and its parts', () => {
    const text = '“We have done our part,” Merkel said, “and now it is their turn.”';
    const quotes = quotesOf(text, people);
    expect(quotes).toHaveLength(1);
    expect(quotes[0].speaker).toBe('Angela Merkel');
    expect(quotes[0].parts?.map((p) => p.text)).toEqual(['We have done our part,', 'and now it is their turn.']);
  });

  test('a quote paragraph with no cue keeps the speaker of the previous one', () => {
    const text = '“We have done our part,” Macron said.\n\n“Now it is up to London to decide what it wants.”';
    const q = quoteWith(quotesOf(text, people), 'Now it is up to London');
    expect(q?.speaker).toBe('Emmanuel Macron');
  });

  test('a quote over several paragraphs is one quote', () => {
    const text = 'Merkel said:\n\n“The first point is money.\n\n“The second point is time.”\n\nThe talks ended.';
    const quotes = quotesOf(text, people);
    expect(quotes).toHaveLength(1);
    expect(quotes[0].speaker).toBe('Angela Merkel');
    expect(quotes[0].text).toContain('second point');
  });

  test('scare quotes and titles with no speech around them are not quotes', () => {
    expect(quotesOf('He starred in the film “Cake Boss” and won an “award” for it.')).toEqual([]);
  });
});
