// The language rules read from each pack's data, one table per rule, with real sentences of
// news prose in that language (written for these tests, not taken from any evaluation set).
import { analyze } from '../../src/core/analyze';
import '../../src/core/lang/all';
import { packFor } from '../../src/core/lang/select';
import { summaryLexicon } from '../../src/core/summary/lexicon';
import { buildDoc } from '../../src/core/text/document';

const names = (text: string, lang: string) => analyze({ text, lang }).participants.flatMap((p) => p.mentions.map((m) => `${p.type}:${m.text}`));

describe('German: every noun is capitalised, so a capital alone makes no name', () => {
  test.each([
    ['Zu dieser Zeit lebte die Familie noch in Wien.', 'Zeit'],
    ['Außerdem kündigte die Bundesregierung neue Hilfen an.', 'Außerdem'],
    ['Des Weiteren wurde das Amt neu besetzt.', 'Weiteren'],
    ['Der Zweite Weltkrieg veränderte die Welt.', 'Welt'],
    ['Zum ersten Mal seit zwanzig Jahren gewann die Mannschaft.', 'Mal'],
    ['Das Projekt soll in Kürze in Betrieb gehen.', 'Betrieb'],
  ])('%s: no "%s"', (text, noun) => {
    expect(names(text, 'de').some((n) => n.endsWith(`:${noun}`))).toBe(false);
  });

  test.each([
    ['Der Unfall ereignete sich am Mittwoch in Tornesch.', 'place:Tornesch'],
    ['Angela Merkel reiste nach Paris. Dort traf Merkel den Präsidenten.', 'person:Merkel'],
    ['Der CDU-Vorsitzende Torsten Weidlich sagte, man sei gesprächsbereit.', 'person:Torsten Weidlich'],
    ['Die Deutsche Bank und die SPD widersprachen.', 'organization:SPD'],
    // German first names the English lists lack (de/participants-first-names.txt).
    ['Inzwischen hat auch Hannelore Brückmann-Reiß ihren Rückzug erklärt.', 'person:Hannelore Brückmann-Reiß'],
    // German surnames the English lists lack (de/participants-surnames.txt), alone in a sentence.
    ['Am Mittwoch widersprach Schäuble dem Vorschlag der Kommission.', 'person:Schäuble'],
  ])('%s: finds %s', (text, name) => {
    expect(names(text, 'de')).toContain(name);
  });

  test.each([
    // After a speech verb ("sagte Hohmann") or a title, an unknown capitalised word is a name.
    ['Am Abend sagte Hohmann, man sei zufrieden.', 'Hohmann'],
    ['Bundestrainer Löw nominierte drei neue Spieler.', 'Löw'],
  ])('%s: "%s" is a name', (text, name) => {
    expect(names(text, 'de').some((n) => n.endsWith(`:${name}`))).toBe(true);
  });
});

describe('Spanish names', () => {
  test.each([
    // A news agency credited in brackets after the dateline's place is an organisation.
    ['Córdoba, 23 may (EFE).\n-\nEl alcalde presentó el plan. Mérida (EFE).\n-\nLa Junta aprobó la ley. Cáceres (EFE).\n-\nEl PP votó en contra.', 'organization:EFE'],
    // "y" joins two names of a list, not one name.
    ['El conflicto entre Líbano y Siria preocupa a la ONU.', 'place:Líbano'],
    ['Las tropas llegaron a Fráncfort el lunes.', 'place:Fráncfort'],
    // Capitalised mid-sentence, el Gobierno is the institution.
    ['El proyecto fue remitido por el Gobierno regional.', 'organization:Gobierno'],
  ])('%s: finds %s', (text, name) => {
    expect(names(text, 'es')).toContain(name);
  });

  test.each([
    ['IU CREA COMISION PARLAMENTARIA PARA REVISAR CUENTAS MUNICIPALES Badajoz (EFE).\n-\nIU de la comarca ha creado una comisión.', 'PARLAMENTARIA'],
    ['Añadió que el acuerdo se firmará en junio.', 'Añadió'],
  ])('%s: no "%s"', (text, word) => {
    expect(names(text, 'es').some((n) => n.includes(word))).toBe(false);
  });
});

describe('French names', () => {
  test.each([
    // Elided articles: the name after the apostrophe stands alone.
    ["Le président s'est rendu en visite officielle à Rome, puis dans le nord de l'Italie.", 'place:Italie'],
    ["Les exportations d'Allemagne ont reculé de 3 %.", 'place:Allemagne'],
    // A demonym that is also the country's name is the country.
    ['Le Conseil fédéral a décidé que la Suisse signera l’accord.', 'place:Suisse'],
    ['La conférence se tiendra à Lausanne puis à Neuchâtel.', 'place:Neuchâtel'],
  ])('%s: finds %s', (text, name) => {
    expect(names(text, 'fr')).toContain(name);
  });

  test.each([
    ["Quant à l'Allemagne, elle refuse de signer.", 'Quant'],
    ['Ensuite, le ministre a quitté la salle.', 'Ensuite'],
  ])('%s: no "%s"', (text, word) => {
    expect(names(text, 'fr').some((n) => n.includes(word))).toBe(false);
  });
});

describe('German quoted fragments are quotes of their own (quoted-fragments flag)', () => {
  test.each([
    ['Der Innenpolitiker Dieter Wiefelspütz sagte, der Bericht sei „eine glatte Zeitungsente“ und nichts weiter.', 'eine glatte Zeitungsente'],
    ['Die Ministerin Anna Berger erklärte, der Plan sei „ein großer Schritt für das ganze Land“, und verließ den Saal.', 'ein großer Schritt für das ganze Land'],
  ])('%s: %s is a direct quote', (text, quote) => {
    const q = analyze({ text, lang: 'de' }).quotes.find((x) => x.direct && x.text === quote);
    expect(q).toBeDefined();
  });

  test('English keeps a fragment inside reported speech in its clause', () => {
    const text = 'The minister Anna Berger said the plan was "a great step for the whole country" and left the room.';
    expect(analyze({ text, lang: 'en' }).quotes.some((x) => x.direct && x.partial)).toBe(false);
  });
});

describe('summary cue words come from each pack', () => {
  test.each([
    ['en', 'however', 'we'],
    ['fr', 'cependant', 'nous'],
    ['de', 'jedoch', 'wir'],
    ['es', 'pero', 'nosotros'],
  ])('%s: "%s" opens a dangling sentence, "%s" is first person', (lang, dangling, first) => {
    const lex = summaryLexicon(packFor(lang));
    expect(lex.dangling.has(dangling)).toBe(true);
    expect(lex.firstPerson.has(first)).toBe(true);
  });

  test.each([
    ['fr', "l'Italie", ['l', 'Italie']],
    ['fr', "jusqu'à Paris", ['jusqu', 'à', 'Paris']],
    ['en', "don't go", ["don't", 'go']],
  ])('%s tokens of %s', (lang, text, tokens) => {
    expect(buildDoc(text, packFor(lang)).tokens.map((t) => t.text)).toEqual(tokens);
  });
});

describe('Italian, Portuguese and Dutch packs: their own function words and titles', () => {
  test.each([
    ['it', 'Secondo il ministro Giorgetti, il governo approverà la manovra entro dicembre.', 'Secondo'],
    ['pt', 'Segundo o ministro Fernando Medina, o governo aprovará o orçamento em dezembro.', 'Segundo'],
    ['nl', 'Volgens minister Sigrid Kaag zal de regering de begroting in december goedkeuren.', 'Volgens'],
  ])('%s: %s: no "%s"', (lang, text, word) => {
    expect(names(text, lang).some((n) => n.includes(word))).toBe(false);
  });

  test.each([
    ['it', 'Il presidente Sergio Mattarella ha ricevuto a Roma il premier spagnolo.', 'person:Sergio Mattarella'],
    ['pt', 'O presidente Marcelo Rebelo de Sousa recebeu em Lisboa o primeiro-ministro.', 'person:Marcelo Rebelo de Sousa'],
    ['nl', 'Burgemeester Femke Halsema opende maandag in Amsterdam het nieuwe station.', 'person:Femke Halsema'],
  ])('%s: %s: finds %s', (lang, text, name) => {
    expect(names(text, lang)).toContain(name);
  });
});

describe('speakers and numbers in French and German prose', () => {
  test.each([
    ['fr', 'Le projet avance. « Nous devons regagner la confiance des voyageurs », a déclaré Jean-Pierre Farandou lors d’une conférence de presse.', 'Jean-Pierre Farandou'],
    ['de', '„Wir müssen jetzt investieren“, sagte die Wirtschaftssenatorin Melanie Leonhard am Dienstag.', 'Melanie Leonhard'],
  ])('%s: %s: the speaker is %s', (lang, text, speaker) => {
    expect(analyze({ text, lang }).quotes.find((q) => q.direct)?.speaker).toBe(speaker);
  });

  test('a decimal comma does not cut a German clause ("um 7,2 Prozent")', () => {
    const text = 'Nach Angaben der Hafenbehörde sank der Umschlag um 7,2 Prozent auf 7,7 Millionen Container.';
    for (const q of analyze({ text, lang: 'de' }).quotes) expect(q.text.startsWith('2 Prozent')).toBe(false);
    expect(names(text, 'de').some((n) => n.includes('Container'))).toBe(false);
  });
});

describe('German speakers: one capitalised word that names no participant is a noun, no speaker', () => {
  test.each([
    ['Er wird mit den Worten zitiert: „Wir haben die Saison noch lange nicht abgeschrieben.“', 'Worten'],
    ['Wörtlich hieß es in der Erklärung: „Wir werden die Vorwürfe genau prüfen.“', 'Wörtlich'],
  ])('%s: not "%s"', (text, noun) => {
    for (const q of analyze({ text, lang: 'de' }).quotes) expect(q.speaker).not.toBe(noun);
  });

  test('a named speaker after a noun phrase stays', () => {
    const text = 'Zur Eröffnung sagte Museumsdirektor Thomas Metz: „Am Beispiel des Goldbären wird ein Stück Geschichte erzählt.“';
    expect(analyze({ text, lang: 'de' }).quotes.find((q) => q.direct)?.speaker).toBe('Thomas Metz');
  });
});
