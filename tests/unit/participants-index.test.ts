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
      'Nadia Corwin, the former secretary of state, spoke in Iowa. Felix Ardley, a rancher, answered. The former secretary of state said she was confident.',
      'the former secretary of state',
      'Nadia Corwin',
    ],
    ['German Chancellor Greta Hallbach hosted French President Luc Moreau in Bonn. The German leader said the visit was useful.', 'the German leader', 'Greta Hallbach'],
    ['German Chancellor Greta Hallbach hosted French President Luc Moreau in Bonn. The French president said the visit was useful.', 'the French president', 'Luc Moreau'],
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
