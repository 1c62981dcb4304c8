import { quotesOf, quoteWith, type Person } from './quotes-helpers';

const people: Person[] = [
  { name: 'Angela Merkel', aliases: ['Merkel'], role: 'German Chancellor', gender: 'female', country: 'Germany' },
  { name: 'Emmanuel Macron', aliases: ['Macron'], role: 'French President', gender: 'male', country: 'France' },
  { name: 'Xi Jinping', aliases: ['Xi'], role: 'Chinese President', gender: 'male', country: 'China' },
];

describe('reported speech', () => {
  test.each([
    ['X said CLAUSE', 'Xi said the two sides agreed on the need for a political solution.', 'the two sides agreed on the need for a political solution', 'Xi Jinping', 'said'],
    ['X said that CLAUSE', 'Merkel said that Europe would stand together.', 'Europe would stand together', 'Angela Merkel', 'said'],
    ['X told Y CLAUSE', 'Macron told reporters on Friday that the talks had gone well.', 'the talks had gone well', 'Emmanuel Macron', 'told'],
    ['CLAUSE, X said', 'The border will stay open until March, Merkel said on Monday.', 'The border will stay open until March', 'Angela Merkel', 'said'],
    ['CLAUSE, said X', 'The deal is dead, said Macron.', 'The deal is dead', 'Emmanuel Macron', 'said'],
    ['according to X, at the end', 'Trade reached $240 billion in 2023, according to a Kremlin readout.', 'Trade reached $240 billion in 2023', 'a Kremlin readout', 'according to'],
    ['According to X, at the start', 'According to the ministry, the plant will close next year.', 'the plant will close next year', 'the ministry', 'According to'],
    ['belief verb', 'Merkel believes that the euro will survive.', 'the euro will survive', 'Angela Merkel', 'believes'],
    ['pronoun and contraction', 'Macron arrived late. He said he’ll support whoever wins the vote.', 'he’ll support whoever wins the vote', 'Emmanuel Macron', 'said'],
    ['appositive speaker', 'Jane Doe, a teacher from Ohio, said the schools were running out of money.', 'the schools were running out of money', 'Jane Doe', 'said'],
    ['coordinated verb', 'Merkel arrived in Paris and said the summit would be short.', 'the summit would be short', 'Angela Merkel', 'said'],
    ['what was called for', 'Macron called for a special prosecutor on Monday.', 'a special prosecutor', 'Emmanuel Macron', 'called for'],
    ['what was declined', 'A union spokeswoman declined to elaborate.', 'to elaborate', 'A union spokeswoman', 'declined'],
    ['what was denied, without the adjunct', 'Merkel denied the charges through her lawyer.', 'the charges', 'Angela Merkel', 'denied'],
    ['a headline that opens with a name and a colon', 'Angela Merkel: Europe Must Stand Together on Trade\n\nThe chancellor spoke in Berlin.', 'Europe Must Stand Together on Trade', 'Angela Merkel', ':'],
    ['who was endorsed', 'Merkel endorsed Macron last week and has campaigned for him since.', 'Macron', 'Angela Merkel', 'endorsed'],
    ['a subject then a present tense in -s', 'Merkel said public trust depends on clear rules.', 'public trust depends on clear rules', 'Angela Merkel', 'said'],
    ['a plural subject, a present tense in -s', 'Local farmers said crop quality depends on steady rainfall.', 'crop quality depends on steady rainfall', 'Local farmers', 'said'],
    ['a number with a thousands comma', 'Macron said the reform would fund 12,500 new teachers by 2030.', 'the reform would fund 12,500 new teachers by 2030', 'Emmanuel Macron', 'said'],
    ['an infinitive runs to the end of its clause', 'Merkel wants to play a bigger part in the fishing talks.', 'to play a bigger part in the fishing talks', 'Angela Merkel', 'wants'],
    ['a cue after a quote that ends its sentence reports its own clause', 'Merkel spoke at the club. “The country has gone soft.” She says referees are throwing far too many flags.', 'referees are throwing far too many flags', 'Angela Merkel', 'says'],
    ['a verb in a Title Case headline', 'Merkel Says Europe Will Stand Together on Trade\n\nThe chancellor spoke in Berlin on Monday.', 'Europe Will Stand Together on Trade', 'Angela Merkel', 'Says'],
    ['a relative pronoun is the subject', 'Macron came second, a result that he said defied the polls.', 'defied the polls', 'Emmanuel Macron', 'said'],
    ['a contact clause after a noun', 'Merkel ended the program, a decision they say allowed costs to rise.', 'allowed costs to rise', 'they', 'say'],
    ['a quoted fragment governed by the verb', 'Macron described his pension plan as a “work in progress.”', 'his pension plan as a “work in progress.”', 'Emmanuel Macron', 'described'],
    ['a fragment after the object', 'Merkel blamed the long delay at the border on “careless planners.”', 'the long delay at the border on “careless planners.”', 'Angela Merkel', 'blamed'],
  ])('%s', (_name, text, clause, speaker, cue) => {
    const q = quoteWith(quotesOf(text, people), clause);
    expect(q).toBeDefined();
    expect(q!.text).toBe(clause);
    expect(q!.direct).toBe(false);
    expect(q!.speaker).toBe(speaker);
    expect(q!.cue).toBe(cue);
  });

  test('mixed speech: the reported clause keeps its quoted words, which are not listed twice', () => {
    const text = 'Xi told his counterpart that relations were “conducive to peace”.';
    const quotes = quotesOf(text, people);
    expect(quotes).toHaveLength(1);
    expect(quotes[0].text).toBe('relations were “conducive to peace”');
    expect(quotes[0].mixed).toBe(true);
    expect(quotes[0].speaker).toBe('Xi Jinping');
  });

  test('a fragment that is most of its clause stays a direct quote the verb introduces', () => {
    const q = quoteWith(quotesOf('In his tribute, Macron said “there is no greater friend of this city than Merkel.”', people), 'no greater friend');
    expect(q).toMatchObject({ direct: true, speaker: 'Emmanuel Macron' });
  });

  test('the nearest speech verb introduces a quote that is most of its clause', () => {
    const q = quoteWith(quotesOf('Merkel recalled her years in Brussels, saying “we got through hard winters together.”', people), 'hard winters');
    expect(q).toMatchObject({ direct: true, text: 'we got through hard winters together.', speaker: 'Angela Merkel' });
  });

  test('the reporter’s tail is not part of the clause', () => {
    const q = quoteWith(quotesOf('Merkel said the plan would cost more, a swipe at her critics.', people), 'the plan would cost more');
    expect(q?.text).toBe('the plan would cost more');
  });

  test.each([
    ['the object of a verb that says nothing', 'Merkel bought the house through her lawyer.'],
    ['an infinitive is not a clause', 'Macron said to be careful.'],
    ['a verb that finds things needs "that"', 'Police found the car in a river.'],
    ['a passive speaker is no speaker', 'Merkel was told the news by an aide.'],
  ])('no reported speech: %s', (_name, text) => {
    expect(quotesOf(text, people).filter((q) => !q.direct)).toEqual([]);
  });

  test('a quote with its own cue is not read again after “according to”', () => {
    const quotes = quotesOf('“Relations are not directed against anyone,” Merkel said, according to a readout.', people);
    expect(quotes).toHaveLength(1);
    expect(quotes[0].speaker).toBe('Angela Merkel');
  });

  test('the speaker of a direct quote is not read again as reported speech', () => {
    const quotes = quotesOf('“We will not give in,” Merkel said on Monday in Berlin.', people);
    expect(quotes).toHaveLength(1);
    expect(quotes[0].direct).toBe(true);
  });
});
