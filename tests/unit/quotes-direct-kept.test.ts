import { quotesOf, type Person } from './quotes-helpers';

// Which passages in marks become direct quotes, and which are scare quotes, titles or markup.
const people: Person[] = [
  { name: 'Jane Ross', aliases: ['Ross'], role: 'Senator', gender: 'female' },
  { name: 'Marco Diaz', aliases: ['Diaz'], role: 'Governor', gender: 'male' },
];
const direct = (text: string) => quotesOf(text, people).filter((q) => q.direct);

describe('passages in marks that are quotes', () => {
  test.each([
    ['two words right after the speech verb of their sentence', 'Diaz told his “old friend” Ross that the vote would be close.', 'old friend'],
    ['chanted words', 'Hundreds of protesters marched downtown, chanting “No more wars.”', 'No more wars.'],
    ['a word right after its verb', 'The Latest: Diaz declares ‘victory,’ ignores the polls.', 'victory,'],
    ['Title Case words shown on a sign', 'Ross put up a sign in the hall that read, "Young Voters: The Best Party in Town."', 'Young Voters: The Best Party in Town.'],
    ['a phrase coined', 'Diaz has coined a new phrase, “tax tourists,” for buyers from out of state.', 'tax tourists,'],
    ['a slogan', 'The governor’s campaign slogan is “Roads first.” It is on every billboard.', 'Roads first.'],
    ['a box labeled', 'On the form, in a box labeled “prior offenses,” the clerk wrote nothing.', 'prior offenses,'],
    ['chants of', 'Diaz walked in to chants of “Four more years!” from the crowd.', 'Four more years!'],
    ['an ad titled', 'The campaign released a radio ad on Saturday titled, “Scam.”', 'Scam.'],
    ['a sign that read', 'A teenager in the front row held a sign that read “Vote early!”', 'Vote early!'],
    ['whole sentences after a headline in capitals', 'HOW THE FACTORY SLOWDOWN HIT OHIO “Orders fell for a third month as exporters cut back on hiring.”', 'Orders fell for a third month as exporters cut back on hiring.'],
    ['according to X, then the quote', 'According to the mayor, “The bridge will reopen in June, not in May.”', 'The bridge will reopen in June, not in May.'],
    ['an opening mark before an ellipsis', 'Ross paused. ". . . We cannot wait any longer for Congress to act," she said.', '. . . We cannot wait any longer for Congress to act,'],
    ['an opening mark right after a colon', 'Sen. Jane Ross (D-Ore.):"I have not seen that figure anywhere in the report."', 'I have not seen that figure anywhere in the report.'],
  ])('%s', (_name, text, quote) => {
    expect(direct(text).map((q) => q.text)).toContain(quote);
  });

  test('according to X, “…”: one full direct quote with its speaker, not also a reported clause', () => {
    const quotes = quotesOf('According to Diaz, “The bridge will reopen in June, not in May.”', people);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ direct: true, partial: false, speaker: 'Marco Diaz' });
  });
});

describe('passages in marks that are not quotes', () => {
  test.each([
    ['a one-word scare quote', 'Diaz has done an “awful” job on roads, his critics say.', 'awful'],
    ['a two-word scare quote', 'The bridge got a “temporary fix” in 1985 that is still holding, the city engineer said in a report on Monday.', 'temporary fix'],
    ['a book title after its noun', '“We stayed because we had to,” Diaz wrote in his 2012 book, “A Long Way Home.”', 'A Long Way Home.'],
    ['a co-author of a title', '“It will pass,” said Jane Ross, a co-author of “Those Who Stay: Inside the Senate.”', 'Those Who Stay: Inside the Senate.'],
    ['a markup attribute over a line break', '<tweet tweet-date="May 1, 2016\n">I love this team and I will always be a fan.<tweet/>', 'I love this team'],
  ])('%s', (_name, text, fragment) => {
    expect(direct(text).filter((q) => q.text.includes(fragment))).toEqual([]);
  });
});
