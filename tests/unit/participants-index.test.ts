import fs from 'node:fs';
import path from 'node:path';
import { en } from '../../src/core/lang/en';
import { findParticipants } from '../../src/core/participants';
import { buildParticipantIndex } from '../../src/core/participants/participant-index';
import { buildDoc } from '../../src/core/text/document';

const indexOf = (text: string) => buildParticipantIndex(findParticipants(buildDoc(text, en)), en);

const sample = fs.readFileSync(path.join(__dirname, '../fixtures/pages/beijing-summit/article.txt'), 'utf8');
const idx = indexOf(sample);
const end = sample.length;

describe('ParticipantIndex on the sample article', () => {
  test.each([
    ['Putin', 'Vladimir Putin'],
    ['President Xi', 'Xi Jinping'],
    ['Xi Jinping’s', 'Xi Jinping'],
    ['Premier Li', 'Li Qiang'],
    ['Mr Putin', 'Vladimir Putin'],
  ])('byName(%s) is %s', (name, expected) => {
    expect(idx.byName(name)?.name).toBe(expected);
  });

  test.each([
    ['the Chinese leader', 'Xi Jinping'],
    ['the Russian president', 'Vladimir Putin'],
    ['the Russian leader', 'Vladimir Putin'],
    ['the premier', 'Li Qiang'],
    ['the Chinese president', 'Xi Jinping'],
  ])('byDescription(%s) is %s', (description, expected) => {
    expect(idx.byDescription(description, end)?.name).toBe(expected);
  });

  test('a description is resolved only to participants introduced before it', () => {
    expect(idx.byDescription('the premier', 10)).toBeNull();
  });

  test('recentPeople lists people, most recent first', () => {
    const at = sample.indexOf('Premier Li Qiang') + 20;
    expect(idx.recentPeople(at, 2).map((p) => p.name)).toEqual(['Li Qiang', 'Vladimir Putin']);
  });

  test('at() finds the participant under an offset', () => {
    const at = sample.indexOf('Xinhua');
    expect(idx.at(at + 1)?.name).toBe('Xinhua');
  });
});

describe('byDescription from ages, appositions and titles', () => {
  test.each([
    ['Vladimir Putin, 71, arrived in Beijing on Thursday. The 71-year-old said he was pleased.', 'the 71-year-old', 'Vladimir Putin'],
    [
      'Hillary Clinton, the former secretary of state, spoke in Ohio. Donald Trump, a businessman, replied. The former secretary of state said she would win.',
      'the former secretary of state',
      'Hillary Clinton',
    ],
    ['German Chancellor Angela Merkel met French President Emmanuel Macron in Paris. The German leader said talks went well.', 'the German leader', 'Angela Merkel'],
    ['German Chancellor Angela Merkel met French President Emmanuel Macron in Paris. The French president said talks went well.', 'the French president', 'Emmanuel Macron'],
    ['Foreign Minister Wang Yi met Secretary of State Antony Blinken. The foreign minister said China wanted calm.', 'the foreign minister', 'Wang Yi'],
  ])('%s → %s', (text, description, expected) => {
    const index = indexOf(text);
    expect(index.byDescription(description, text.lastIndexOf(description.replace(/^the/, 'The')))?.name).toBe(expected);
  });
});

describe('byDescription for organisations', () => {
  test.each([
    ['Shares of Apple Inc. rose on Friday. The company said sales were strong.', 'the company', 'Apple Inc.'],
    ['The Russian Foreign Ministry summoned the ambassador. The ministry said it was concerned.', 'the ministry', 'Russian Foreign Ministry'],
  ])('%s → %s', (text, description, expected) => {
    const index = indexOf(text);
    expect(index.byDescription(description, text.lastIndexOf(description.replace(/^the/, 'The')))?.name).toBe(expected);
  });
});
