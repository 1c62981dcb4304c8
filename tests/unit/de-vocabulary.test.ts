// German participants and the generated vocabulary (de/participants-vocabulary.txt): a capitalised
// common noun is no name unless its context makes it one. Sentences written for these tests.
import { analyze } from '../../src/core/analyze';
import '../../src/core/lang/all';

const names = (text: string) => analyze({ text, lang: 'de' }).participants.flatMap((p) => p.mentions.map((m) => `${p.type}:${m.text}`));

describe('German: nouns of the vocabulary, and compounds ending in one, are no names', () => {
  test.each([
    ['Mit seinen Bildern gewährt er Einblicke in fremde Häuser.', 'Einblicke'],
    ['Der Stein lag seit Jahren am Ufer.', 'Stein'],
    // Hyphenated compounds are what their last part is.
    ['Die Firma setzt auf IT-Sicherheit und schnelle Netze.', 'IT-Sicherheit'],
    ['Der SPD-Chef kündigte Widerstand an.', 'SPD-Chef'],
    ['Und wie soll man bei seinen eigenen Schnarch-Geräuschen schlafen?', 'Schnarch-Geräuschen'],
    // Closed compounds: "Amtshaus" ends in "Haus".
    ['Der Umbau des Amtshauses dauerte zwei Jahre.', 'Amtshauses'],
  ])('%s: no "%s"', (text, noun) => {
    expect(names(text).some((n) => n.endsWith(`:${noun}`))).toBe(false);
  });

  test.each([
    // A first name or a title before a noun that is also a surname.
    ['Gestern sprach Andrea Fischer in Berlin.', 'person:Andrea Fischer'],
    ['Außenminister Fischer reiste nach Moskau.', 'person:Fischer'],
    // A compound whose head names a place ("-dorf") stays a name.
    ['Der Unfall geschah in Wilhelmsdorf.', 'place:Wilhelmsdorf'],
    ['Der Landtag in Baden-Württemberg tagte am Montag.', 'place:Baden-Württemberg'],
  ])('%s: finds %s', (text, name) => {
    expect(names(text)).toContain(name);
  });
});

describe('German: context makes a noun of the vocabulary a name', () => {
  test.each([
    // A speech verb before it.
    ['„Es gibt Klagen aus allen Schulen“, sagte Koch am Montag.', 'person:Koch'],
    // Surnames ending in "-mann" are no compounds of "Mann".
    ['„Wir sind zufrieden“, sagte Zimmermann.', 'person:Zimmermann'],
  ])('%s: finds %s', (text, name) => {
    expect(names(text)).toContain(name);
  });
});

describe('German: the type of a name from its context', () => {
  test.each([
    // A place's genitive "-s" (the genitive-s flag).
    ['Hessens Ministerpräsident sprach am Montag in Wiesbaden.', 'place:Hessens'],
    // A person's genitive before a noun.
    ['Merkels Glaubwürdigkeit hängt an ihrer Zusage.', 'person:Merkels'],
    // A verb of saying before a lone name ([person-before]).
    ['„Wir sind bereit“, erklärte Tesch am Abend.', 'person:Tesch'],
    // A place noun, or a compound ending in one, before it.
    ['Der Landkreis Gersfeld wurde 1932 aufgelöst.', 'place:Gersfeld'],
  ])('%s: finds %s', (text, name) => {
    expect(names(text)).toContain(name);
  });
});
