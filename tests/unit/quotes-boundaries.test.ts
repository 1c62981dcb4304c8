// Where reported speech starts and ends, and which verbs and phrases attribute nothing: the
// corpus ends a reported clause at the clause, not the sentence.
import { quotesOf, type Person } from './quotes-helpers';

const people: Person[] = [
  { name: 'Jane Ortiz', aliases: ['Ortiz', 'Ms. Ortiz'], role: 'Mayor', gender: 'female' },
  { name: 'Tom Reyes', aliases: ['Reyes'], gender: 'male' },
  { name: 'Maria Lopez', aliases: ['Lopez'], gender: 'female' },
];

const reported = (text: string) => quotesOf(text, people).filter((q) => !q.direct);

describe('where a reported clause ends', () => {
  test.each([
    ['a comma and "but"', 'Mayor Jane Ortiz said the bridge would reopen in May, but she warned that delays were possible.', 'the bridge would reopen in May'],
    ['a comma, "and" and a new attribution', 'Most residents said the park was safe, and nearly a third said they would visit more often.', 'the park was safe'],
    ['a comma and an aside on the whole clause', 'Ms. Ortiz said the plan would cost $40 million, the largest outlay in the city’s history.', 'the plan would cost $40 million'],
    ['an aside inside the clause is kept', 'Ms. Ortiz said the contractor, a firm from Ohio, had missed two deadlines.', 'the contractor, a firm from Ohio, had missed two deadlines'],
    ['a second verb of the speaker', 'Reyes said the talks had stalled and insisted that no deal was near.', 'the talks had stalled'],
    ['a closing two-apostrophe mark ends the sentence', "Reyes said the bill was ''dead on arrival.'' Her staff declined to comment.", "the bill was ''dead on arrival.''"],
    ['an adverbial that opens the sentence', 'After saying the budget was balanced, the governor left the stage.', 'the budget was balanced'],
    ['a time adjunct after the verb', 'Ms. Ortiz said Friday the library would stay open on Sundays.', 'the library would stay open on Sundays'],
    ['a listener and adjuncts before "that"', 'Ortiz told The Daily Courier of Springfield on Friday that she would run again.', 'she would run again'],
    ['a prepositional phrase after a noun object', 'Reyes endorsed Ms. Ortiz at a rally in Denver.', 'Ms. Ortiz'],
    ['"and that" goes on with the reported words', 'Reyes said the vote was fair, and that the count would be checked.', 'the vote was fair, and that the count would be checked'],
    ['an abbreviation with the full stop ends the sentence', 'Reyes said the polls closed at 8 p.m. He says the count will be quick.', 'the polls closed at 8 p.m.'],
    ['a verb inside quoted words', 'Reyes said on Monday that the decision “was reckless and unfair.”', 'the decision “was reckless and unfair.”'],
  ])('%s', (_name, text, clause) => {
    expect(reported(text).map((q) => q.text)).toContain(clause);
  });
});

describe('who speaks', () => {
  test.each([
    ['a cue that closes the sentence reports the whole clause', 'Reyes denied the charges, his lawyer said.', 'Reyes denied the charges', 'his lawyer'],
    ['a participle in an opening adverbial: the subject of the main clause', 'After saying the budget was balanced, Ms. Ortiz left the stage.', 'the budget was balanced', 'Jane Ortiz'],
    ['a speaker with an age and a role', 'Maria Lopez, 34, a nurse from Tucson, said she would vote for the first time.', 'she would vote for the first time', 'Maria Lopez'],
  ])('%s', (_name, text, clause, speaker) => {
    const q = reported(text).find((x) => x.text === clause);
    expect(q?.speaker).toBe(speaker);
  });
});

describe('split reported clauses', () => {
  test('an opening adverbial is no part of its own', () => {
    const q = reported('Still, he said, the city must act before winter.');
    expect(q.map((x) => x.text)).toEqual(['the city must act before winter']);
    expect(q[0].parts).toBeUndefined();
  });

  test('an aside on an inverted speaker is no part of the clause', () => {
    const q = reported('The deal is dead, said Tom Reyes, a lawyer for the union.');
    expect(q.map((x) => x.text)).toEqual(['The deal is dead']);
  });

  test('a subject before the cue is the first part', () => {
    const q = reported('The museum, the curator said, will reopen in June.');
    expect(q).toHaveLength(1);
    expect(q[0].parts?.map((p) => p.text)).toEqual(['The museum', 'will reopen in June']);
  });
});

describe('no reported speech', () => {
  test.each([
    ['the writer’s "safe to say"', 'It is safe to say the vote will be close.'],
    ['a free relative', 'What the mayor says is not always what she does.'],
    ['"remarks" as a noun', 'His remarks were brief and the crowd left early.'],
    ['"states" as a noun', 'The rally drew voters from states that vote in March.'],
    ['a participle as an adjective', 'Her lead in pledged delegates keeps growing.'],
    ['a verb with a particle', 'The union backed down after a week of talks.'],
    ['a passive participle', 'Groups backed by the union spent millions on ads.'],
    ['a label before a colon', 'CORRECTION: This story previously gave the wrong county for the rally.'],
    ['a list of names after a place and a colon', 'Ohio: Jane Park, Tom Hale, Ann Cole, Bill Dean, Sue Hart'],
    ['"according to" a plan', 'According to his plan, the road would open in June.'],
    ['an adverbial before a cue that is no speech', 'As the votes came in, supporters weighed in on the results.'],
    ['"that" as a determiner', 'Reyes repeated that claim in an interview last week.'],
  ])('%s', (_name, text) => {
    expect(reported(text)).toEqual([]);
  });
});
