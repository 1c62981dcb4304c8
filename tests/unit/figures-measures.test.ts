import fs from 'node:fs';
import path from 'node:path';
import { findFigures } from '../../src/core/figures';
import { en } from '../../src/core/lang/en';
import { buildDoc } from '../../src/core/text/document';
import { figureOf } from './figures-helpers';

describe('what a figure measures', () => {
  test.each([
    ['The meeting underscored the ties, with bilateral trade reaching $240 billion in 2023.', '$240 billion', 'bilateral trade, 2023'],
    ['They attended a ceremony celebrating 75 years of diplomatic relations between Moscow and Beijing, Xinhua said.', '75 years', 'diplomatic relations between Moscow and Beijing'],
    ['Rescuers freed 140 pilot whales on Tuesday.', '140', 'pilot whales'],
    ['Net interest income sank 27% in the quarter.', '27%', 'Net interest income'],
    ['General Dynamics won a $48.2 million army contract.', '$48.2 million', 'army contract'],
    ['The earthquake killed 300 people.', '300', 'people killed'],
    ['The two U.S. citizens were charged.', 'two', 'U.S. citizens'],
    ['Just under 16% of aviation accidents occur during takeoff.', '16%', 'aviation accidents'],
    ['Foreign film projects spent $120 million in 2014, the commission said.', '$120 million', 'Foreign film projects spent, 2014'],
    ['The film made $5.6 million in profits.', '$5.6 million', 'profits'],
    ['That is well above expectations of $50 million.', '$50 million', 'expectations'],
    ['Bill Gross, 65, has started to give his money away.', '65', 'Bill Gross'],
    ['The largest loss reported was a staggering $500,000.', '$500,000', 'largest loss'],
    ['Britain will provide 5 million pounds ($7.4 million) in aid to the force.', '$7.4 million', 'aid'],
    ['Hundreds of volunteers on foot and online joined the search.', 'Hundreds', 'volunteers'],
    ['It was a 726-mile journey.', '726-mile', 'journey'],
    ['It accounted for 27% of all complaints.', '27%', 'complaints'],
    ['The drama reached 16.5 million viewers, up 10% from the 14.9 million who tuned in before.', 'up 10%', 'viewers'],
    ['The drama reached 16.5 million viewers, up 10% from the 14.9 million who tuned in before.', '14.9 million', 'viewers'],
    ['Sales rose 5% to $2bn.', '$2bn', 'Sales'],
    ['There were 73 incidents on social media (a 24% increase).', '24%', 'increase'],
    ['The number of hate groups operating in the U.S. declined 17% last year.', '17%', 'hate groups'],
  ])('%s', (text, needle, measures) => {
    expect(figureOf(text, needle)?.measures).toBe(measures);
  });

  test('each figure carries the index of its sentence', () => {
    const f = figureOf('Talks began. Trade rose 5% last year.', '5%');
    expect(f?.sentence).toBe(1);
  });
});

describe('ranking on the sample article', () => {
  const text = fs.readFileSync(path.join(__dirname, '../fixtures/pages/beijing-summit/article.txt'), 'utf8');
  const figs = findFigures(buildDoc(text, en));

  test('money and the 75 years of relations come first', () => {
    expect(figs[0]).toMatchObject({ text: '$240 billion', kind: 'money', value: 240e9, measures: 'bilateral trade, 2023' });
    expect(figs[1]).toMatchObject({ text: '75 years', kind: 'duration', measures: 'diplomatic relations between Moscow and Beijing' });
  });

  test('offsets index the text and scores are sorted', () => {
    for (const f of figs) expect(text.slice(f.start, f.end)).toBe(f.text);
    for (let k = 1; k < figs.length; k++) expect(figs[k - 1].score).toBeGreaterThanOrEqual(figs[k].score);
  });
});
