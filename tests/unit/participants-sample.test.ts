import fs from 'node:fs';
import path from 'node:path';
import { en } from '../../src/core/lang/en';
import { findParticipants } from '../../src/core/participants';
import { buildDoc } from '../../src/core/text/document';

const text = fs.readFileSync(path.join(__dirname, '../fixtures/pages/beijing-summit/article.txt'), 'utf8');
const participants = findParticipants(buildDoc(text, en));
const byName = (name: string) => participants.find((p) => p.name === name);

describe('participants of the sample article', () => {
  test.each([
    ['Xi Jinping', 'person', 'Chinese President'],
    ['Vladimir Putin', 'person', 'Russian leader'],
    ['Li Qiang', 'person', 'Premier'],
  ])('%s is a %s with the role %s', (name, type, role) => {
    const p = byName(name);
    expect(p?.type).toBe(type);
    expect(p?.role).toBe(role);
  });

  test.each(['China', 'Russia', 'Ukraine', 'Beijing', 'Harbin', 'Moscow'])('%s is a place', (name) => {
    expect(byName(name)?.type).toBe('place');
  });

  test.each(['AFP', 'CCTV', 'Kremlin', 'Xinhua'])('%s is an organisation', (name) => {
    expect(byName(name)?.type).toBe('organization');
  });

  test('aliases are merged: Xi = Xi Jinping = President Xi Jinping; Putin = Vladimir Putin', () => {
    expect(byName('Xi Jinping')?.aliases).toEqual(expect.arrayContaining(['Xi']));
    expect(byName('Vladimir Putin')?.aliases).toEqual(expect.arrayContaining(['Putin']));
    expect(participants.filter((p) => p.name === 'Xi' || p.name === 'Putin')).toEqual([]);
  });

  test('the dateline BEIJING is a mention of Beijing', () => {
    const beijing = byName('Beijing');
    expect(beijing?.mentions.some((m) => m.text === 'BEIJING')).toBe(true);
  });

  test('demonyms are not mentions; China-Russia is not a name', () => {
    const all = participants.flatMap((p) => p.mentions.map((m) => m.text));
    expect(all).not.toContain('Chinese');
    expect(all).not.toContain('Russian');
    expect(all).not.toContain('China-Russia');
  });

  test('the two leaders are the most salient; genders come from the text', () => {
    expect(participants.slice(0, 2).map((p) => p.name).sort()).toEqual(['Vladimir Putin', 'Xi Jinping']);
    expect(byName('Xi Jinping')?.gender).toBe('male');
    expect(byName('Vladimir Putin')?.gender).toBe('male');
  });

  test('every mention indexes the text', () => {
    for (const p of participants) for (const m of p.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});
