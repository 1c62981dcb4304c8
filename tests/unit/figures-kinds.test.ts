import { isListed } from '../../src/core/figures/listed';
import { figureOf, figures } from './figures-helpers';

describe('money', () => {
  test.each([
    ['Bilateral trade reached $240 billion in 2023.', '$240 billion', 240e9, 'USD'],
    ['The deal is worth $1.5bn, officials said.', '$1.5bn', 1.5e9, 'USD'],
    ['The club paid £50m for the striker.', '£50m', 50e6, 'GBP'],
    ['Russia accepted a US$150 million World Bank loan.', 'US$150 million', 150e6, 'USD'],
    ['Bayern loaned €2 million to Dortmund.', '€2 million', 2e6, 'EUR'],
    ['Output broke through 100 billion yuan for the first time.', '100 billion yuan', 100e9, 'CNY'],
    ['Eight ministers received five million yen from the industry.', 'five million yen', 5e6, 'JPY'],
    ['Prices start at $ 12,345 .', '$ 12,345', 12345, 'USD'],
    ['The fund fell to hk $ 10.05 billion .', 'hk $ 10.05 billion', 10.05e9, 'HKD'],
    ['Telefónica paid 323 million euros for the stake.', '323 million euros', 323e6, 'EUR'],
    ['The fine was 10,000 Swiss francs.', '10,000 Swiss francs', 10000, 'CHF'],
    ['Shares rose 34 cents.', '34 cents', 34, 'cent'],
    ['Moscow spent 2.5 trillion roubles on defence.', '2.5 trillion roubles', 2.5e12, 'RUB'],
    ['He was eligible for a loan of 35 lakh rupees.', '35 lakh rupees', 3.5e6, 'INR'],
    ['It would buy the item for USD 200.', 'USD 200', 200, 'USD'],
    ['It only cost 3 dollars 50 cents.', '3 dollars 50 cents', 3.5, 'USD'],
    ['They lost 75 USD million in the past three years.', '75 USD million', 75e6, 'USD'],
    ['The client estimates an increase to 120 MEUR.', '120 MEUR', 120e6, 'EUR'],
    ['It costs three quarters billion us dollars.', 'three quarters billion us dollars', 0.75e9, 'USD'],
  ])('%s', (text, needle, value, unit) => {
    const f = figureOf(text, needle);
    expect(f).toMatchObject({ kind: 'money', text: needle, value, unit });
  });
});

describe('percentages and percentage points', () => {
  test.each([
    ['Net interest income sank 27% in the quarter.', '27%', 'percent', 27],
    ['Inflation eased to 3.2 percent in May.', '3.2 percent', 'percent', 3.2],
    ['Unemployment rose 0.3 per cent.', '0.3 per cent', 'percent', 0.3],
    ['The bank raised rates by half a percentage point.', 'half a percentage point', 'percentage-points', 0.5],
    ['The party gained 4 percentage points.', '4 percentage points', 'percentage-points', 4],
    ['The Fed cut by 25 basis points.', '25 basis points', 'percentage-points', 0.25],
    ['Twenty percent of voters stayed home.', 'Twenty percent', 'percent', 20],
  ])('%s', (text, needle, kind, value) => {
    expect(figureOf(text, needle)).toMatchObject({ kind, text: needle, value });
  });
});

describe('shares named without an amount: found, valueless, not listed for readers', () => {
  test.each([
    ['The table shows the % of increase in the last month.', '%'],
    ['Students rarely know the percent of their grade that homework counts for.', 'percent'],
    ['Only a small percent of applicants get in.', 'small percent'],
  ])('%s', (text, needle) => {
    const f = figureOf(text, needle);
    expect(f).toMatchObject({ kind: 'percent', text: needle, value: null, approximate: true });
    expect(isListed(f!)).toBe(false);
  });

  test.each([
    ['How do I calculate a percentage?'],
    ['Divide the part by the whole to get a percentage.'],
    ['The percentage of voters who backed him rose sharply.'],
  ])('no share without "of": %s', (text) => {
    expect(figures(text).filter((f) => f.kind === 'percent')).toEqual([]);
  });

  test('a share with its amount stays listed', () => {
    expect(isListed(figureOf('Wages as a percentage of GDP fell to 40 percent.', '40 percent')!)).toBe(true);
  });
});

describe('counts, measures, ages and durations', () => {
  test.each([
    ['Rescuers freed 140 pilot whales on Tuesday.', '140', 'count', 140, null, 'pilot whales'],
    ['The new line runs 6,000 miles.', '6,000 miles', 'measure', 6000, 'mi', null],
    ['The state added 1,200 lane-miles of road.', '1,200 lane-miles', 'measure', 1200, 'mi', 'road'],
    ['Iraq exports 500,000 barrels a day.', '500,000 barrels', 'measure', 500000, 'bbl', null],
    ['The chip runs at 3.5 GHz.', '3.5 GHz', 'measure', 3.5, 'GHz', null],
    ['The 52-year-old was arrested on Monday.', '52-year-old', 'age', 52, 'year', null],
    ['Bill Gross, 65, has started to give his money away.', '65', 'age', 65, 'year', null],
    ['Terry Pratchett has died at the age of 66, his website said.', '66', 'age', 66, 'year', null],
    ['Add 3/4 cup of sugar.', '3/4 cup', 'measure', 0.75, 'cup', 'sugar'],
    ['He is 6 feet 2 inches tall.', '6 feet 2 inches', 'measure', 6 + 2 / 12, 'ft', null],
    ['She was abused from the time she was 12 until she was 20.', '12', 'age', 12, 'year', null],
    ['It took six months to rebuild.', 'six months', 'duration', 6, 'month', null],
    ['After five incredible years he left the band.', 'five incredible years', 'duration', 5, 'year', null],
    ['The mine produces one million tons of copper a year.', 'one million tons', 'measure', 1e6, 't', 'copper'],
    ['Two dozen eggs were broken.', 'Two dozen', 'count', 24, null, 'eggs'],
    ['It sits 3,600 km (2,200 miles) from Moscow.', '3,600 km', 'measure', 3600, 'km', null],
    ['A 10-gallon water cooler had toppled onto the floor.', '10-gallon', 'measure', 10, 'gal', null],
  ])('%s', (text, needle, kind, value, unit, measures) => {
    const f = figureOf(text, needle);
    expect(f).toMatchObject({ kind, value });
    if (unit) expect(f?.unit).toBe(unit);
    if (measures) expect(f?.measures).toBe(measures);
  });
});

describe('vague amounts and qualifiers are approximate', () => {
  test.each([
    ['Tens of thousands of people marched.', 'Tens of thousands', 10000],
    ['Hundreds of homes were destroyed.', 'Hundreds', 100],
    ['More than 300 people died.', 'More than 300', 300],
    ['Nearly $2 billion was pledged.', 'Nearly $2 billion', 2e9],
    ['Up to 40 percent of the crop was lost.', 'Up to 40 percent', 40],
    ['Several hundred troops crossed the border.', 'Several hundred', 300],
    ['About 15 km of the road was closed.', 'About 15 km', 15],
  ])('%s', (text, needle, value) => {
    expect(figureOf(text, needle)).toMatchObject({ text: needle, value, approximate: true });
  });
});

describe('ranges', () => {
  test.each([
    ['Growth will be 3 to 5 percent this year.', '3 to 5 percent', 3, 5, 'percent'],
    ['Between 10 and 12 people were hurt.', '10 and 12', 10, 12, 'count'],
    ['The walls were eight to 10 feet tall.', 'eight to 10 feet', 8, 10, 'measure'],
    ['The bill will cost $5 million to $7 million.', '$5 million to $7 million', 5e6, 7e6, 'money'],
    ['Polls found that between 57% and 73% of Brits opposed it.', '57% and 73%', 57, 73, 'percent'],
  ])('%s', (text, needle, value, valueMax, kind) => {
    expect(figureOf(text, needle)).toMatchObject({ value, valueMax, kind });
  });
});

describe('spelled-out numbers', () => {
  test.each([
    ['Twenty-six people died in the accident.', 'Twenty-six', 26],
    ['The ship carried one hundred and sixty-one passengers.', 'one hundred and sixty-one', 161],
    ['Two thirds of the members voted yes.', 'Two thirds', 2 / 3],
    ['The town has 3 million and a half residents.', '3 million and a half', 3.5e6],
    ['Five and a half million fish live in this lake.', 'Five and a half million', 5.5e6],
    ['The value was one billion and three quarters million.', 'one billion and three quarters million', 1.00075e9],
  ])('%s', (text, needle, value) => {
    const f = figureOf(text, needle);
    expect(f?.text.startsWith(needle)).toBe(true);
    expect(f?.value).toBeCloseTo(value, 6);
  });
});

describe('dates, years, periods', () => {
  test.each([
    ['Trade reached $240 billion in 2023.', '2023', 'year', '2023'],
    ['The treaty was signed on May 16, 2023.', 'May 16, 2023', 'date', '2023-05-16'],
    ['He left on 5/17/2018.', '5/17/2018', 'date', '2018-05-17'],
    ['Prices soared in the 1990s.', '1990s', 'period', '1990/1999'],
    ['Profit rose in fiscal 2023.', 'fiscal 2023', 'period', 'FY2023'],
    ['Sales fell in Q3 2023.', 'Q3 2023', 'period', '2023-Q3'],
    ['Third-quarter earnings beat forecasts.', 'Third-quarter', 'period', 'XXXX-Q3'],
    ['The war lasted from 2014-2018.', '2014-2018', 'period', '2014/2018'],
    ['She arrived in Paris in March.', 'March', 'date', 'XXXX-03'],
    ['The festival runs in London, 1-8 March 2015.', '1-8 March 2015', 'date', '2015-03-01'],
  ])('%s', (text, needle, kind, date) => {
    expect(figureOf(text, needle)).toMatchObject({ kind, date });
  });

  test.each([
    ['The talks ended last week.', 'last week'],
    ['They will meet again on Friday.', 'Friday'],
    ['The ceasefire took effect yesterday.', 'yesterday'],
    ['He resigned three years ago.', 'three years ago'],
  ])('%s', (text, needle) => {
    expect(figureOf(text, needle)).toMatchObject({ kind: 'date', text: needle });
  });
});

describe('times of day', () => {
  test.each([
    ['The polls close at 8 p.m. local time.', '8 p.m.', 20],
    ['The blast happened at 10:30 am, police said.', '10:30 am', 10.5],
    ['Polls were open from 5 to 6pm only.', '5 to 6pm', 5],
    ['Troops moved in at noon.', 'noon', 12],
    ['Shops open 9-10 am only.', '9-10 am', 9],
  ])('%s', (text, needle, value) => {
    expect(figureOf(text, needle)).toMatchObject({ kind: 'time', text: needle, value });
  });
});

describe('dates that belong together are one figure', () => {
  test.each([
    ['The war lasted from 2014 to 2018.', '2014 to 2018', 'period'],
    ['Sales from April to June were weak.', 'April to June', 'period'],
    ['She was born in April of 1987.', 'April of 1987', 'date'],
    ['It happened 2 weeks before Christmas.', '2 weeks before Christmas', 'date'],
    ['Talks resume on Tuesday, Jan 15, at 1:00 PM.', 'Tuesday, Jan 15, at 1:00 PM', 'date'],
    ['The meeting lasted 3 hours 30 minutes.', '3 hours 30 minutes', 'duration'],
    ['My vacation is from 10/1/2018 - 10/7/2018.', '10/1/2018 - 10/7/2018', 'period'],
    ['Profits rose in the last fiscal year.', 'the last fiscal year', 'date'],
    ['The blast happened at 10:30 am on Monday.', '10:30 am on Monday', 'date'],
    ['The site was closed from April until the end of June.', 'April until the end of June', 'period'],
  ])('%s', (text, needle, kind) => {
    expect(figureOf(text, needle)).toMatchObject({ kind, text: needle });
  });
});

describe('informative ordinals', () => {
  test.each([
    ["Putin's visit, his first trip abroad since March.", 'first', 1, 'trip abroad'],
    ['China is the second-largest economy.', 'second', 2, 'largest economy'],
  ])('%s', (text, needle, value, measures) => {
    expect(figureOf(text, needle)).toMatchObject({ kind: 'ordinal', value, measures });
  });

  test('an ordinal with nothing after it is not a figure', () => {
    expect(figures('She finished second.').filter((f) => f.kind === 'ordinal')).toEqual([]);
  });
});
