// The popup's own text in every language of _locales: the same keys as English, the same
// placeholders in each message, and no message left in English.
import fs from 'node:fs';
import path from 'node:path';

const dir = path.resolve(__dirname, '../../src/extension/_locales');
type Messages = Record<string, { message: string; placeholders?: Record<string, unknown> }>;
const read = (code: string): Messages => JSON.parse(fs.readFileSync(path.join(dir, code, 'messages.json'), 'utf8'));
const en = read('en');
const codes = fs.readdirSync(dir).filter((c) => c !== 'en');

test('French, German and Spanish are there', () => {
  expect(codes).toEqual(expect.arrayContaining(['fr', 'de', 'es']));
});

describe.each(codes)('%s messages', (code) => {
  const m = read(code);
  test('the same keys as English', () => {
    expect(Object.keys(m).sort()).toEqual(Object.keys(en).sort());
  });
  test.each(Object.keys(en))('%s: same placeholders, translated', (key) => {
    const placeholders = Object.keys(en[key].placeholders ?? {});
    expect(Object.keys(m[key]?.placeholders ?? {})).toEqual(placeholders);
    for (const p of placeholders) expect(m[key].message).toContain(`$${p.toUpperCase()}$`);
    // Short words shared by the languages ("Options", "Organisations", "Contexte"...) aside, a message is translated.
    if (en[key].message.replace(/\$\w+\$/g, '').length > 14) expect(m[key].message).not.toBe(en[key].message);
  });
});
