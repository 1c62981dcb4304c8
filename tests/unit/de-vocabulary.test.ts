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
    ['Wie soll ein Kind bei den ständigen Baustellen-Geräuschen lernen?', 'Baustellen-Geräuschen'],
    // Closed compounds: "Amtshaus" ends in "Haus".
    ['Der Umbau des Amtshauses dauerte zwei Jahre.', 'Amtshauses'],
    // Abbreviations of ordinary things (participants-common-words.txt), two letters too.
    ['Für dieses Spiel ist die CPU des Laptops zu langsam.', 'CPU'],
    ['Der neue Motor leistet etwa 200 PS mehr.', 'PS'],
    // Adjectives used as nouns ("-lichen" in [non-name-suffixes]).
    ['Die Zigaretten sind bei Jugendlichen sehr beliebt.', 'Jugendlichen'],
    // After an article, a word the borrowed name lists hold is a noun ("Hirsch" is a surname too).
    ['Wann wurde der Hirsch zu Tal gelassen?', 'Hirsch'],
    // A town named by an everyday word is that word elsewhere ("Hof" is a town too).
    ['Er kam an den königlichen Hof.', 'Hof'],
  ])('%s: no "%s"', (text, noun) => {
    expect(names(text).some((n) => n.endsWith(`:${noun}`))).toBe(false);
  });

  test.each([
    // A first name or a title before a noun that is also a surname.
    ['Gestern sprach Andrea Fischer in Berlin.', 'person:Andrea Fischer'],
    ['Außenminister Fischer reiste nach Moskau.', 'person:Fischer'],
    // A compound whose head names a place ("-dorf") stays a name.
    ['Der Unfall geschah in Wilhelmsdorf.', 'place:Wilhelmsdorf'],
    // Towns of the German-speaking countries (participants-places.txt, generated).
    ['Der Unfall ereignete sich gestern bei Wolfsburg.', 'place:Wolfsburg'],
    // German names of foreign cities (participants-places-extra.txt).
    ['Die Delegation reiste weiter nach Tokio.', 'place:Tokio'],
    // A town named by an everyday word, after a place preposition.
    ['Der Zug fuhr pünktlich in Hof ein.', 'place:Hof'],
    // Streets and buildings ([place-compound-heads]), after an article too.
    ['Damals wurde die Lindenstraße bis zum Hafen verlängert.', 'place:Lindenstraße'],
    ['In der Clara-Schumann-Straße wird ein Spielplatz gebaut.', 'place:Clara-Schumann-Straße'],
    ['Die Messe in Essen war gut besucht.', 'place:Essen'],
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
    // A finite verb before its subject (verb second): "übernahm Tarantino".
    ['Auch die Rolle als Erzähler übernahm Kowalczyk selbst.', 'person:Kowalczyk'],
    // A place noun, or a compound ending in one, before it.
    ['Der Landkreis Gersfeld wurde 1932 aufgelöst.', 'place:Gersfeld'],
  ])('%s: finds %s', (text, name) => {
    expect(names(text)).toContain(name);
  });
});

describe('German: nouns that introduce a name, and names after a first name', () => {
  test.each([
    // A place noun, an organisation noun (or a compound ending in one), a kin word before it.
    ['Die Stadt Emden will ihre Werft behalten.', 'place:Emden'],
    ['Der Autobauer Veltrona hat neue Werke angekündigt.', 'organization:Veltrona'],
    ['Die Rede von Bruder Brun blieb unvergessen.', 'person:Brun'],
    // Even before a word of the vocabulary ("Essen"), and in the genitive ("des Stahlkonzerns").
    ['Die Stadt Essen baut ein neues Stadion.', 'place:Essen'],
    ['Er will das Angebot des Stahlkonzerns Arcelor überbieten.', 'organization:Arcelor'],
    // A name in the genitive after a noun.
    ['Das Schiff lag vor der Küste Libanons.', 'place:Libanons'],
    // A known place with a case ending.
    ['Er kritisierte den Zustand Deutschlands.', 'place:Deutschlands'],
    ['Darüber wurde in den Niederlanden heftig diskutiert.', 'place:Niederlanden'],
    // A compound whose head names places ("-brück") after a place preposition.
    ['Seit 1998 gibt es in Quakenbrück ein neues Freibad.', 'place:Quakenbrück'],
    // A place preposition opening the sentence.
    ['In Tübingen brannte am Freitag ein Auto.', 'place:Tübingen'],
    // A noun after a first name is a surname; a particle joins the name.
    ['Damals berichtete Karl Richter von dem Diebstahl.', 'person:Karl Richter'],
    ['Der Plan stammte von Wilhelm von Nesselrode selbst.', 'person:Wilhelm von Nesselrode'],
    // A role noun before a name is its role, not part of it.
    ['Bei den Spielen traf Stürmer Damien Duff zweimal.', 'person:Damien Duff'],
  ])('%s: finds %s', (text, name) => {
    expect(names(text)).toContain(name);
  });
});

test('a first name before a noun that heads place names still makes one name: "Christian Platz"', () => {
  expect(names('Derzeit liegt Christian Platz knapp vorn.').some((n) => n.endsWith(':Christian Platz'))).toBe(true);
});

describe('German: organisations in lower case, names opened by an adjective, words with no evidence', () => {
  test.each([
    // The pack's [lower-case] organisations.
    ['München (dpa) - Der Konzern meldete einen Gewinn.', 'organization:dpa'],
    // A capitalised adjective inside a sentence opens a name (adjectives are otherwise lower-case).
    ['Nach Angaben der Deutschen Telekom sinken die Preise.', 'organization:Deutschen Telekom'],
    ['Ein Bericht in der Rheinischen Post deutet darauf hin.', 'organization:Rheinischen Post'],
  ])('%s: finds %s', (text, name) => {
    expect(names(text)).toContain(name);
  });

  test.each([
    // A lone unknown word with no evidence of a name at all is more often a noun.
    ['Im Trinkwasser entdeckte das Labor den Stoff Hexachlorbenzol.', 'Hexachlorbenzol'],
    // An adjective's "-es" before its noun is no genitive of a name.
    ['Erklärtes Ziel der Stadt ist ein schuldenfreier Haushalt.', 'Erklärtes'],
    // "von" between two names is a preposition unless a first name stands before it.
    ['Im Sommer wurde Albers von Kerstin Maurer eingestellt.', 'Albers von Kerstin Maurer'],
  ])('%s: no "%s"', (text, noun) => {
    expect(names(text).some((n) => n.endsWith(`:${noun}`))).toBe(false);
  });
});

describe('German: names of organisations and people the context completes', () => {
  test.each([
    // A legal form after a name, even after an article.
    ['Vorstandschef der Freenet AG ist er seit Jahren.', 'organization:Freenet AG'],
    // An organisation's head takes "für" and the noun after it.
    ['Sie arbeitet seit Jahren am Institut für Meeresbiologie.', 'organization:Institut für Meeresbiologie'],
    ['Der Antrag liegt noch bei der Senatsverwaltung für Verkehr.', 'organization:Senatsverwaltung für Verkehr'],
    // A club's letters before its town ([sports-head]).
    ['Nach dem Wechsel zum MSV Duisburg wurde er Stammtorwart.', 'organization:MSV Duisburg'],
    // An organisation's head before a place.
    ['Er lehrte zwanzig Jahre an der Universität Wien.', 'organization:Universität Wien'],
    // The ordinal's dot belongs to a regnal number (ordinal-dot flag).
    ['Kann Benedikt XVI. mehr bewirken?', 'person:Benedikt XVI.'],
    ['Unter Ludwig XIV. wuchs die Macht des Königs.', 'person:Ludwig XIV.'],
    // A place joined to its river ([place-joiners]), known or not.
    ['Er zog 1990 nach Frankfurt am Main.', 'place:Frankfurt am Main'],
    ['Die Gerichte in Simbach am Inn wurden aufgelöst.', 'place:Simbach am Inn'],
    // A name opened by a role noun before a first name or a country.
    ['Das berichtete Volontärin Sabine Simon gestern.', 'person:Sabine Simon'],
    ['Im Finale traf Weltmeister Spanien auf die Niederlande.', 'place:Spanien'],
    // An unknown first name before a name is no role.
    ['Man sieht es ihr nicht an, aber Sienna Miller hat es geschafft.', 'person:Sienna Miller'],
    // A first name after an article, before a surname, stays a name.
    ['Ihre Tochter ist Lena Brandt, die Franziska Hellers Nichte gespielt hat.', 'person:Franziska Hellers'],
  ])('%s: finds %s', (text, name) => {
    expect(names(text)).toContain(name);
  });
});

test('a day after "am" joins no place: "Berlin am Montag"', () => {
  expect(names('Berlin am Montag: Die Sitzung beginnt.')).toContain('place:Berlin');
});
