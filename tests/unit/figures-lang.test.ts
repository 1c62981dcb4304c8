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

describe('number words: one-word compounds, a scale alone, a half after "and", ratios', () => {
  test.each<Row>([
    ['de', 'Die Feier hatte dreihundertfünfundzwanzig Gäste.', 'dreihundertfünfundzwanzig', 'count', 325],
    ['de', 'Der Wert stieg auf zweieinhalb Milliarden Euro.', 'zweieinhalb Milliarden Euro', 'money', 2.5e9, 'EUR'],
    ['de', 'Der Verein zählte anderthalb Millionen Besucher.', 'anderthalb Millionen', 'count', 1.5e6],
    ['de', 'Er pflanzte hundert Apfelbäume am Hang.', 'hundert', 'count', 100],
    ['de', 'Die Inflation lag bei siebenunddreißig Prozent.', 'siebenunddreißig Prozent', 'percent', 37],
    ['fr', 'Cent soixante et un députés ont voté contre.', 'Cent soixante et un', 'count', 161],
    ['fr', 'La ville compte deux millions et demi d’habitants.', 'deux millions et demi', 'number', 2.5e6],
    ['fr', 'Mille personnes ont manifesté samedi.', 'Mille', 'count', 1000],
    ['fr', 'Selon le sondage, un sur trois ne part pas en vacances.', 'un sur trois', 'number', 1 / 3],
    ['es', 'Tengo solamente mil cien pesos.', 'mil cien pesos', 'money', 1100],
    ['es', 'El paro afecta a uno sobre cien trabajadores.', 'uno sobre cien', 'count', 0.01],
  ])('%s: %s', (...row) => check(row));
});

describe('dates in the word orders of each language', () => {
  test.each<Row>([
    ['fr', 'Le séisme a eu lieu il y a trois ans.', 'il y a trois ans', 'date'],
    ['es', 'El tifón azotó Manila hace dos meses.', 'hace dos meses', 'date'],
    ['de', 'Die Mauer fiel vor dreißig Jahren.', 'vor dreißig Jahren', 'date'],
    ['fr', 'Le trafic a doublé au cours des 7 dernières années.', '7 dernières années', 'period'],
    ['es', 'El ministro viajará a Lima la semana siguiente.', 'semana siguiente', 'date'],
    ['fr', 'Le projet sera livré à la fin du mois.', 'fin du mois', 'date'],
    ['es', 'Volveré a mediados de noviembre.', 'mediados de noviembre', 'date'],
    ['fr', "C'est peut-être en mai que tout se jouera.", 'mai', 'date'],
    ['fr', 'Je vais rentrer le 22/04 au soir.', '22/04', 'date'],
    ['de', 'Ich komme am 22.04. zurück.', '22.04.', 'date'],
  ])('%s: %s', (...row) => check(row));
});

describe('German ordinal dates and times', () => {
  test.each<Row>([
    ['de', 'Die Brücke wird am 2. Oktober eröffnet.', '2. Oktober', 'date'],
    ['de', 'Der Vertrag wurde am 23. Mai 2024 in Berlin unterzeichnet.', '23. Mai 2024', 'date'],
    ['de', 'Die Sitzung beginnt um 18 Uhr im Rathaus.', '18 Uhr', 'time', 18],
    ['de', 'Die Große Mauer ist mehr als 500 Jahre alt.', 'mehr als 500 Jahre alt', 'age', 500],
    ['de', 'Draußen sind es 40 Grad Celsius.', '40 Grad Celsius', 'measure', 40, '°C'],
  ])('%s: %s', (...row) => check(row));
});

describe('times after the hour words and named times', () => {
  test.each<Row>([
    ['es', 'La reunión empieza a las 5.', '5', 'time', 5],
    ['es', 'Tengo una reunión el viernes a las 5.', 'viernes a las 5', 'date'],
    ['es', 'La rueda de prensa será a las 10.30 horas.', '10.30 horas', 'time', 10.5],
    ['fr', 'Le conseil se réunit à midi.', 'midi', 'time', 12],
  ])('%s: %s', (...row) => check(row));
  test.each([
    ['es', 'El banco subió los tipos a las 5 empresas más grandes.', '5 empresas'],
    ['de', 'Die Preise stiegen um 1,5 Prozent.', '1,5 Prozent'],
  ])('%s: no time in "%s"', (lang, text, span) => {
    expect(figureIn(lang, text, span)?.kind).not.toBe('time');
  });
});

describe('Italian, Portuguese and Dutch figure data', () => {
  test.each<Row>([
    ['it', 'Il governo ha stanziato 240 miliardi di euro per il piano.', '240 miliardi di euro', 'money', 240e9, 'EUR'],
    ['it', "L'inflazione è salita al 5,4 per cento a marzo.", '5,4 per cento', 'percent', 5.4],
    ['it', 'Alla manifestazione hanno partecipato trecentoventicinque persone.', 'trecentoventicinque', 'count', 325],
    ['it', 'Il sisma è avvenuto tre anni fa.', 'tre anni fa', 'date'],
    ['it', 'Il vertice si terrà il 23 maggio 2024 a Roma.', '23 maggio 2024', 'date'],
    ['pt', 'O governo anunciou 1,5 milhões de reais para a saúde.', '1,5 milhões de reais', 'money', 1.5e6, 'BRL'],
    ['pt', 'A inflação subiu 4,2 por cento em março.', '4,2 por cento', 'percent', 4.2],
    ['pt', 'A cimeira realiza-se a 23 de maio de 2024.', '23 de maio de 2024', 'date'],
    ['pt', 'O acidente aconteceu há dois anos.', 'há dois anos', 'date'],
    ['nl', 'De regering trekt 3,5 miljard euro uit voor defensie.', '3,5 miljard euro', 'money', 3.5e9, 'EUR'],
    ['nl', 'Er kwamen vijfentwintig mensen naar de vergadering.', 'vijfentwintig', 'count', 25],
    ['nl', 'De werkloosheid daalde naar 3,6 procent.', '3,6 procent', 'percent', 3.6],
    ['nl', 'De top vindt plaats op 23 mei 2024 in Brussel.', '23 mei 2024', 'date'],
  ])('%s: %s', (...row) => check(row));
});

describe('ages, cents after "con", days in words, a day joined to its hour', () => {
  test.each<Row>([
    ['es', 'La corredora, que tiene 29 años, ganó la etapa.', '29 años', 'age', 29],
    ['es', 'El puente romano de la ciudad tiene más de 500 años.', 'más de 500 años', 'age', 500],
    ['fr', 'Le suspect, âgé de 45 ans, a été interpellé.', '45 ans', 'age', 45],
    ['es', 'El billete de autobús cuesta 3 euros con 99 céntimos.', '3 euros con 99 céntimos', 'money', 3.99, 'EUR'],
    ['de', 'Die Fahrkarte kostet vierzehn Euro und fünfunddreißig Cent.', 'vierzehn Euro und fünfunddreißig Cent', 'money', 14.35, 'EUR'],
    ['es', 'La feria abrirá el veintidós de febrero.', 'veintidós de febrero', 'date'],
    ['es', 'Organízame una reunión el 27/11 a las 23.', '27/11 a las 23', 'date'],
    ['es', 'El museo cerrará entre el 3 de diciembre y el 9 de febrero.', '3 de diciembre y el 9 de febrero', 'period'],
    ['de', 'Die Rechnung ist am Ende des Monats fällig.', 'Ende des Monats', 'date'],
  ])('%s: %s', (...row) => check(row));
});

describe('ordinal days and ordinals after the language own determiners', () => {
  test.each<Row>([
    ['de', 'Der Markt beginnt am zweiten Mai.', 'zweiten Mai', 'date'],
    ['de', 'Die Wahl ist am neunundzwanzigsten Mai.', 'neunundzwanzigsten Mai', 'date'],
    ['de', 'Die Schülerin war der einhunderttausendste Gast im Zoo.', 'einhunderttausendste', 'ordinal', 100000],
    ['de', 'Zum hundertsten Mal, das ist eine schlechte Idee!', 'hundertsten', 'ordinal', 100],
    ['fr', 'Le PIB a reculé au troisième trimestre.', 'troisième', 'ordinal', 3],
    ['fr', 'Il fête la 111e année du club.', '111e', 'ordinal', 111],
    ['de', 'Ich bin von 17 bis 18 Uhr weg.', '17 bis 18 Uhr', 'time', 17],
    ['de', 'Welche Filme laufen an Heiligabend um 18 Uhr?', 'Heiligabend um 18 Uhr', 'date'],
  ])('%s: %s', (...row) => check(row));
});

describe('German ages, named times and a capitalised number word inside a sentence', () => {
  test.each<Row>([
    ['de', 'Der Fahrer ist im Alter von 45 Jahren gestorben.', '45 Jahren', 'age', 45],
    ['de', 'Selbst mitternachts hat das Restaurant geöffnet.', 'mitternachts', 'time', 0],
    ['de', 'Lass uns nach dem Wochenende treffen.', 'nach dem Wochenende', 'date'],
  ])('%s: %s', (...row) => check(row));
  test('"Claudia Tausend" is a name, not a thousand', () => {
    expect(figureIn('de', 'Martina Tausend leitet seit Mai das Amt.', 'Tausend')).toBeUndefined();
  });
});

describe('hours with a dot where the comma is the decimal point; Dutch dates', () => {
  test.each<Row>([
    ['nl', 'Ik zal om 9.00 terug zijn.', '9.00', 'time', 9],
    ['de', 'Die Sitzung beginnt um 9.30 im Rathaus.', '9.30', 'time', 9.5],
    ['nl', 'De nieuwe brug gaat open op tweeëntwintig februari.', 'tweeëntwintig februari', 'date'],
    ['nl', 'Kan ik boeken voor de 9e van mei?', '9e van mei', 'date'],
    ['nl', 'Wat zal er in de 5 komende jaren gebeuren?', '5 komende jaren', 'period'],
    ['es', 'La inflación subió 3.25 por ciento.', '3.25 por ciento', 'percent'],
  ])('%s: %s', (...row) => check(row));
});
