// German quote rules (the de pack's quote files and the flags they set), one table per rule, with
// sentences of German news prose written for these tests.
import { analyze } from '../../src/core/analyze';
import '../../src/core/lang/all';

const quotes = (text: string) => analyze({ text, lang: 'de' }).quotes;
const direct = (text: string, quote: string) => quotes(text).find((q) => q.direct && q.text === quote);

describe('German: a quoted fragment its sentence reports as speech is a quote', () => {
  test.each([
    // lower-case words in marks, in a sentence in the reported mood
    ['Die Grünen kritisierten den Haushalt scharf. Die Mittel seien „völlig unrealistisch“ kalkuliert.', 'völlig unrealistisch'],
    ['Der Verband warnte vor den Folgen. Die Lage werde „von Woche zu Woche schlimmer“, hieß es.', 'von Woche zu Woche schlimmer'],
    // a capitalised noun after a word that makes it a characterisation
    ['Der Abgeordnete Jörg Weber nannte den Bericht am Montag eine „Zeitungsente“.', 'Zeitungsente'],
    ['Die Ministerin Karin Lenz bezeichnete die neuen Pläne als „Wortbruch“.', 'Wortbruch'],
    ['Die Händler an der Börse sprachen von „Panikverkäufen“.', 'Panikverkäufen'],
    // the speech verb after the fragment ("als „…“ bezeichnete")
    ['Die Regierung hatte den Bericht am Morgen als „völlig falsch“ zurückgewiesen.', 'völlig falsch'],
    ['Der Wetterdienst hat die Waldbrandgefahr als „sehr hoch“ eingestuft.', 'sehr hoch'],
    ['Dem Angeklagten wurde ein „distanzierter Aussagestil“ attestiert.', 'distanzierter Aussagestil'],
    // an according-to cue without its article
    ['Nach Aussagen des Hausmeisters handelte es sich um „einen ganz gewöhnlichen Streit unter Nachbarn“.', 'einen ganz gewöhnlichen Streit unter Nachbarn'],
    // words written or chanted after a display noun (de [display-cues])
    ['Viele Studenten hielten Pappschilder mit der Aufschrift „Bildung = Zukunft“ in die Höhe.', 'Bildung = Zukunft'],
    ['Gestern skandierten Hunderte Sprüche wie „Schluss mit den Lügen“ vor dem Landtag.', 'Schluss mit den Lügen'],
    // capitalised words that run on as a phrase, in reported speech
    ['Diplomatische Gespräche seien zwar wichtig, dies habe jedoch nichts mit „Zöllen zu tun oder wirtschaftlichen Strafen“.', 'Zöllen zu tun oder wirtschaftlichen Strafen'],
  ])('%s: „%s“', (text, quote) => {
    expect(direct(text, quote)).toBeDefined();
  });

  test.each([
    // names of things in marks, with no speech around them or after a naming noun
    ['Die Raumsonde „Cassini“ erreichte im Juli den Saturn.', 'Cassini'],
    ['Laut der Zeitung „Die Welt“ sei der Vertrag bereits unterschrieben.', 'Die Welt'],
    ['Der Film „Das Boot“ wurde im Fernsehen gezeigt.', 'Das Boot'],
    ['Die Aktion findet unter dem Motto „Gemeinsam stark“ statt.', 'Gemeinsam stark'],
    // a noun that names what follows, also as the last part of a compound
    ['Die NDR-Sendung „kassensturz“ wollte erfahren, weshalb die Zahlen unvollständig seien.', 'kassensturz'],
    ['Im Anschluss zeigte sie ihre Dokumentation „Das stille Tal“.', 'Das stille Tal'],
    // a short name after a colon whose sentence has no speech verb
    ['Ihr erstes großes Bild entstand in den 1980er Jahren: „La Nuit Blanche“.', 'La Nuit Blanche'],
    // the first part of a compound
    ['Sie hat eine „Rettet die Haie“-Kampagne gestartet, sagte die Sprecherin.', 'Rettet die Haie'],
    ['Nach einem „Tagesblatt“-Korrespondenten waren zahlreiche Feuerwehrleute vor Ort.', 'Tagesblatt'],
    // a name beside its speech verb, as its subject or its object
    ['Wie „netzwelt aktuell“ berichtet, schlossen die Behörden das Portal.', 'netzwelt aktuell'],
    ['„Sie war eine mutige Stimme“, schrieb „Der Morgen“ in einem Nachruf.', 'Der Morgen'],
    ['Der Jahresbericht nennt „Twitter“ in mehreren Ländern.', 'Twitter'],
    // "von" alone introduces a name ("sprach von" a characterisation)
    ['Die Regenzeit könnte laut einem Arzt von „Ärzte ohne Grenzen“ bis September andauern.', 'Ärzte ohne Grenzen'],
    // one of a list of quoted names
    ['Der Sänger sagte, dazu gehörten Lieder wie „Von Kopf bis Fuß“ und „Mein kleiner Gorilla“.', 'Von Kopf bis Fuß'],
    ['Der Sänger sagte, dazu gehörten Lieder wie „Von Kopf bis Fuß“ und „Mein kleiner Gorilla“.', 'Mein kleiner Gorilla'],
    ['Dazu gehören Stücke wie „Unser Hund hat ’nen Garten am See“ und „Walkin’ by the Sea“, sagte er.', 'Unser Hund hat ’nen Garten am See'],
    ['Die Zahlen wurden mit der Studie „Armut im ländlichen Raum“ verglichen, erklärte die Ministerin.', 'Armut im ländlichen Raum'],
  ])('%s: „%s“ is a name, no quote', (text, quote) => {
    expect(direct(text, quote)).toBeUndefined();
  });
});

describe('German: the speaker of a fragment with no cue of its own', () => {
  test.each([
    ['Verkehrsminister Bernd Albers sprach am Dienstag im Landtag. Das Land sei von einer „Sanierung der Straßen weit entfernt“.', 'Sanierung der Straßen weit entfernt', 'Bernd Albers'],
    ['Die Ministerin Karin Lenz bezeichnete die neuen Pläne als „Wortbruch“.', 'Wortbruch', 'Karin Lenz'],
  ])('%s: „%s“ is %s’s', (text, quote, speaker) => {
    expect(direct(text, quote)?.speaker).toBe(speaker);
  });
});

describe('German: the subject of a verb at the end of its clause', () => {
  test.each([
    ['Die Brücke wurde am Freitag freigegeben. Bürgermeisterin Jana Vogt hat anlässlich der Einweihung erklärt: „Das ist ein großer Tag für die Stadt.“', 'Jana Vogt'],
    ['Der Streit dauert an. Die Sprecherin Jana Roth hatte während der Sitzung betont: „Wir bleiben bei unserer Linie.“', 'Jana Roth'],
  ])('%s: the speaker is %s', (text, speaker) => {
    expect(quotes(text).find((q) => q.direct)?.speaker).toBe(speaker);
  });
});

describe('German speakers: cues and subjects', () => {
  test.each([
    // "selbst" between the speaker and the verb
    ['Der Landrat Uwe Brandt trat zurück. Brandt selbst schrieb in einer Mitteilung, er wolle „dem Kreis einen langen Streit ersparen“.', 'dem Kreis einen langen Streit ersparen', 'Uwe Brandt'],
    // "laut X" after an inverted speaker is where it was reported, not who spoke
    ['Dominic Raab wird Außenminister. „Wir verlassen die EU bis Ende Oktober“, sagte Raab laut Spiegel Online.', 'Wir verlassen die EU bis Ende Oktober', 'Dominic Raab'],
    // the person quoted is the object of "zitieren"
    ['„Das wird die schnellste Version bisher“, zitiert die „Technikpost“ den Entwickler Lars Hoffmann.', 'Das wird die schnellste Version bisher', 'Lars Hoffmann'],
    ['Ein Fernsehsender zitierte Giorgos Papandreou mit den Worten: „Ich klebe nicht an meinem Stuhl.“', 'Ich klebe nicht an meinem Stuhl.', 'Papandreou'],
    // "hieß es von X"
    ['„Die Spuren sprechen für einen Unfall“, hieß es vom Abgeordneten Pavel Morosow.', 'Die Spuren sprechen für einen Unfall', 'Pavel Morosow'],
    // "nach Auffassung des X"
    ['Nach Auffassung des Parteichefs Ralf Steiner sei es „nicht hinnehmbar, dass die Schulen verfallen“.', 'nicht hinnehmbar, dass die Schulen verfallen', 'Ralf Steiner'],
    // a fragment takes the speech verb later in its sentence
    ['Vermutlich habe ein Stern der Scheibe einen „kräftigen Ruck“ gegeben, sagte die Astronomin Jane Greaves.', 'kräftigen Ruck', 'Jane Greaves'],
    // "zeigte sich X zufrieden" after a quote
    ['„Wir haben jetzt vier Punkte“, zeigte sich Trainer Milovan Rajevac nach dem Spiel zufrieden.', 'Wir haben jetzt vier Punkte', 'Milovan Rajevac'],
    // a speech verb of two words
    ['Der Sprecher Tom Weber nannte es einen Fehler. Er fuhr fort: „Wir werden das prüfen.“', 'Wir werden das prüfen.', 'Tom Weber'],
    ['„Das ist ein schwerer Fehler“, monierte der Abgeordnete Max Held.', 'Das ist ein schwerer Fehler', 'Max Held'],
    // a surname the text gives after a title elsewhere is a name, though nouns are capitalised
    ['Das Urteil verkündete Richter Albers am Morgen. Albers sagte: „Die Zeugen haben sich mehrfach widersprochen.“', 'Die Zeugen haben sich mehrfach widersprochen.', 'Albers'],
  ])('%s: „%s“ is %s’s', (text, quote, speaker) => {
    // (the last name: the participants module may give the full name or the surname)
    expect(direct(text, quote)?.speaker?.split(' ').pop()).toBe(speaker.split(' ').pop());
  });

  test('a subject before its verb after a quote opens a new sentence in German, not a cue', () => {
    const text = 'Der Stürmer Jonas Berger nannte seine Sperre „ungerecht“, Trainer Markus Adler bezeichnete die Entscheidung als „völlig überzogen“.';
    expect(direct(text, 'ungerecht')?.speaker).toBe('Jonas Berger');
    expect(direct(text, 'völlig überzogen')?.speaker).toBe('Markus Adler');
  });

  test('"es gab" is no speech verb: the speaker of the main clause speaks', () => {
    const text = 'Trainer Markus Adler bezeichnete sechs Verwarnungen in einer Partie, in der es nur 19 Fouls gab, als „lächerlich“.';
    expect(direct(text, 'lächerlich')?.speaker).toBe('Markus Adler');
  });

  test('a name followed by a determiner ends the inverted subject ("sieht Brandt einen …")', () => {
    const text = 'Der Betriebsratschef Tobias Brandt kritisierte den Vorstand. In dem Sparplan sieht Brandt einen „Angriff auf die Beschäftigten“.';
    expect(direct(text, 'Angriff auf die Beschäftigten')?.speaker).toBe('Tobias Brandt');
  });
});

describe('German speakers: phrases, sentence ends and colon introductions', () => {
  test.each([
    // a verb particle after an inverted name ends it
    ['Die Anwältin Miriam Kramer war verärgert. „Bis zum letzten Tag“, stellte Kramer fest, seien die Warnungen ignoriert worden.', 'Bis zum letzten Tag', 'Kramer'],
    // a genitive after a noun belongs to the phrase
    ['„Alles spricht für einen Unfall“, hieß es vom Sprecher des Stadtrates Ilja Morosow.', 'Alles spricht für einen Unfall', 'Morosow'],
    // the subject opens the clause, the phrase before the final verb is its object
    ['Helga Brenner hatte besonders die Bedeutung der Ortsvereine betont: „Die Arbeit beginnt vor Ort in den Gemeinden.“', 'Die Arbeit beginnt vor Ort in den Gemeinden.', 'Brenner'],
    // a name opening the sentence before a long aside
    ['Emil Kaiser, einer der Abgeordneten, die den Antrag einbrachten, kritisierte die Haltung des Senats: „Dieser Kurs ist falsch.“', 'Dieser Kurs ist falsch.', 'Kaiser'],
    // a name opening a colon line with no verb
    ['Schlagersängerin Lena Sommer zum neuen Album: „Ich habe lange darauf gewartet!“', 'Ich habe lange darauf gewartet!', 'Sommer'],
    // a fronted object before the verb, the subject after it
    ['Jede Schuld an der Panne im Ortsverband der CDU weist Karin Wolff von sich: „Dafür ist der Kassenwart zuständig.“', 'Dafür ist der Kassenwart zuständig.', 'Wolff'],
    // a fragment whose sentence ends with "so X"
    ['Der Abgeordnete Paul Lindner erhob schwere Vorwürfe. Die „völlig überlasteten Pflegekräfte“ hätten Fehler gemacht, so Lindner.', 'völlig überlasteten Pflegekräfte', 'Lindner'],
    // a regnal number's dot ends no sentence
    ['Später sagte Bürgermeisterin Jana Vogt vor den Reportern, Ludwig II. „bleibt für uns ein Vorbild“.', 'bleibt für uns ein Vorbild', 'Vogt'],
    // the dot of a date ends no sentence ("am 3. Juni")
    ['Bürgermeisterin Jana Vogt bezeichnete Klaus Winter am Dienstag, den 7. Mai, in Hamburg als „einen hervorragenden Nachfolger“.', 'einen hervorragenden Nachfolger', 'Vogt'],
  ])('%s: „%s“ is %s’s', (text, quote, speaker) => {
    expect(direct(text, quote)?.speaker?.split(' ').pop()).toBe(speaker);
  });

  test('a full stop with no space after it ends the name before it ("sagte Merkel.Als …")', () => {
    const text = 'Angela Merkel war in Berlin. „Wir schaffen das“, sagte Merkel.Als nächstes sprach der Minister.';
    expect(direct(text, 'Wir schaffen das')?.speaker?.split(' ').pop()).toBe('Merkel');
  });
});
