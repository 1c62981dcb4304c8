// Figures in the other language packs: number formats, scale words, percentages, currencies,
// units, dates and times, one table of real news sentences per language and rule.
import '../../src/core/lang/all';
import { findFigures } from '../../src/core/figures';
import { packFor } from '../../src/core/lang/select';
import { buildDoc } from '../../src/core/text/document';
import type { Figure } from '../../src/core/types';

function figureIn(lang: string, text: string, needle: string): Figure | undefined {
  return findFigures(buildDoc(text, packFor(lang))).find((f) => f.text.includes(needle));
}

type Row = [lang: string, text: string, span: string, kind: string, value?: number | null, unit?: string | null];

const check = ([lang, text, span, kind, value, unit]: Row): void => {
  const f = figureIn(lang, text, span);
  expect(f).toMatchObject({ text: span, kind });
  if (value !== undefined) expect(f?.value).toBeCloseTo(value as number, 6);
  if (unit !== undefined) expect(f?.unit).toBe(unit);
};

describe('a scale word, then "de" before the currency or unit', () => {
  test.each<Row>([
    ['fr', "L'État a emprunté 240 millions de dollars l'an dernier.", '240 millions de dollars', 'money', 240e6, 'USD'],
    ['fr', "Le groupe a levé 3 milliards d'euros auprès des banques.", "3 milliards d'euros", 'money', 3e9, 'EUR'],
    ['fr', 'Le revenu net a diminué à 254 millions de $.', '254 millions de $', 'money', 254e6, 'USD'],
    ['fr', "L'aquarium contient 1,5 million de gallons d'eau salée.", '1,5 million de gallons', 'measure', 1.5e6, 'gal'],
    ['es', 'El Gobierno destinará 240.000 millones de dólares al plan.', '240.000 millones de dólares', 'money', 240e9, 'USD'],
  ])('%s: %s', (...row) => check(row));
});

describe('currencies and units named in the language', () => {
  test.each<Row>([
    ['fr', "L'action a perdu 34 centimes vendredi.", '34 centimes', 'money', 34, 'cent'],
    ['fr', 'Il a été condamné à une amende de 1000 roupies.', '1000 roupies', 'money', 1000, 'INR'],
    ['fr', "Un refroidisseur d'eau de 10 gallons s'est renversé.", '10 gallons', 'measure', 10, 'gal'],
    ['fr', 'La production a chuté de 500000 barils par jour.', '500000 barils', 'measure', 500000, 'bbl'],
    ['fr', 'Il fera 40 degrés Celsius à Paris mardi.', '40 degrés Celsius', 'measure', 40, '°C'],
    ['es', 'Las acciones bajaron 50 centavos en la sesión.', '50 centavos', 'money', 50, 'cent'],
    ['es', 'El huracán recorrió 200 millas antes de tocar tierra.', '200 millas', 'measure', 200, 'mi'],
    ['es', 'La temperatura llegó a 40 grados centígrados.', '40 grados centígrados', 'measure', 40, '°C'],
    ['es', 'La refinería procesa 500.000 barriles diarios.', '500.000 barriles', 'measure', 500000, 'bbl'],
  ])('%s: %s', (...row) => check(row));
});

describe('times of day with an hour mark', () => {
  test.each<Row>([
    ['fr', 'La réunion commencera à 18h30 à Matignon.', '18h30', 'time', 18.5],
    ['fr', 'Le vote est prévu mardi à 9h.', 'mardi à 9h', 'date'],
    ['fr', 'Les bureaux de vote ferment à 20 h dans les grandes villes.', '20 h', 'time', 20],
    ['es', 'El partido empieza a las 21h en el Bernabéu.', '21h', 'time', 21],
  ])('%s: %s', (...row) => check(row));
});

describe('dates: ordinal days, "de" before the year, a day and its time, ranges', () => {
  test.each<Row>([
    ['fr', 'La loi est entrée en vigueur le 1er février 2024.', '1er février 2024', 'date'],
    ['fr', 'Le sommet aura lieu le 23 mai 2024 à Bruxelles.', '23 mai 2024', 'date'],
    ['fr', 'Je reviendrai demain à 8h00 pour signer.', 'demain à 8h00', 'date'],
    ['es', 'Las elecciones serán el 23 de mayo de 2024.', '23 de mayo de 2024', 'date'],
    ['es', 'La ley entra en vigor el 1º de julio.', '1º de julio', 'date'],
  ])('%s: %s', (...row) => check(row));
});
