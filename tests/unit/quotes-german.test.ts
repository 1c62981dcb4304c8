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
    ['Nach Aussagen der Anwältin handelte es sich um „eine völlig normale Auseinandersetzung“.', 'eine völlig normale Auseinandersetzung'],
    // words written or chanted after a display noun (de [display-cues])
    ['Einige Demonstranten trugen Stoffbänder mit der Aufschrift „Kritik = Terror“ am Mund.', 'Kritik = Terror'],
    ['Am Abend skandierten Tausende Sprüche wie „Gefälschte Demokratie“ vor dem Rathaus.', 'Gefälschte Demokratie'],
    // capitalised words that run on as a phrase, in reported speech
    ['Politischer Druck sei zwar nötig, das habe aber nichts mit „Sanktionen zu tun oder militärischen Aktionen“.', 'Sanktionen zu tun oder militärischen Aktionen'],
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
    ['Die ARD-Sendung „plusminus“ wollte wissen, warum die Regeln geheim seien.', 'plusminus'],
    ['Nach der Rede zeigte er seine Dokumentation „Eine unbequeme Wahrheit“.', 'Eine unbequeme Wahrheit'],
    // a short name after a colon whose sentence has no speech verb
    ['Sein erstes großes Werk entstand in den 1970er Jahren: „Le Grand Macabre“.', 'Le Grand Macabre'],
    // the first part of a compound
    ['Sie hat eine „Rettet die Haie“-Kampagne gestartet, sagte die Sprecherin.', 'Rettet die Haie'],
    ['Nach einer „Reuters“-Reporterin waren viele Rettungswagen im Einsatz.', 'Reuters'],
    // a name beside its speech verb, as its subject or its object
    ['Wie „heise online“ berichtet, sperrten die Behörden den Zugang.', 'heise online'],
    ['„Er war ein großer Künstler“, schrieb „Die Zeit“ in einem Nachruf.', 'Die Zeit'],
    ['Der Jahresbericht nennt „Twitter“ in mehreren Ländern.', 'Twitter'],
    // "von" alone introduces a name ("sprach von" a characterisation)
    ['Die Regenzeit könnte laut einem Arzt von „Ärzte ohne Grenzen“ bis September andauern.', 'Ärzte ohne Grenzen'],
    // one of a list of quoted names
    ['Der Sänger sagte, dazu gehörten Lieder wie „Von Kopf bis Fuß“ und „Mein kleiner Gorilla“.', 'Von Kopf bis Fuß'],
    ['Der Sänger sagte, dazu gehörten Lieder wie „Von Kopf bis Fuß“ und „Mein kleiner Gorilla“.', 'Mein kleiner Gorilla'],
    ['Dazu gehören Stücke wie „Mein Gorilla hat ’ne Villa im Zoo“ und „Singin’ in the Rain“, sagte er.', 'Mein Gorilla hat ’ne Villa im Zoo'],
    ['Die Ergebnisse wurden mit der Studie „Linke Gewalt in Berlin“ verglichen, erklärte der Senator.', 'Linke Gewalt in Berlin'],
  ])('%s: „%s“ is a name, no quote', (text, quote) => {
    expect(direct(text, quote)).toBeUndefined();
  });
});

describe('German: the speaker of a fragment with no cue of its own', () => {
  test.each([
    ['Finanzminister Peer Lang sprach am Montag im Bundestag. Der Bund sei von einer „Entschuldung weit entfernt“.', 'Entschuldung weit entfernt', 'Peer Lang'],
    ['Die Ministerin Karin Lenz bezeichnete die neuen Pläne als „Wortbruch“.', 'Wortbruch', 'Karin Lenz'],
  ])('%s: „%s“ is %s’s', (text, quote, speaker) => {
    expect(direct(text, quote)?.speaker).toBe(speaker);
  });
});

describe('German: the subject of a verb at the end of its clause', () => {
  test.each([
    ['Die Ausstellung wurde am Sonntag eröffnet. Museumsdirektor Thomas Metz hat anlässlich der Eröffnung erklärt: „Das ist ein Stück Geschichte.“', 'Thomas Metz'],
    ['Der Streit dauert an. Die Sprecherin Jana Roth hatte während der Sitzung betont: „Wir bleiben bei unserer Linie.“', 'Jana Roth'],
  ])('%s: the speaker is %s', (text, speaker) => {
    expect(quotes(text).find((q) => q.direct)?.speaker).toBe(speaker);
  });
});

describe('German speakers: cues and subjects', () => {
  test.each([
    // "selbst" between the speaker and the verb
    ['Die Bürgermeisterin Swantje Hartmann trat zurück. Hartmann selbst schrieb in einer Erklärung, sie wolle „allen eine Abstimmung ersparen“.', 'allen eine Abstimmung ersparen', 'Swantje Hartmann'],
    // "laut X" after an inverted speaker is where it was reported, not who spoke
    ['Dominic Raab wird Außenminister. „Wir verlassen die EU bis Ende Oktober“, sagte Raab laut Spiegel Online.', 'Wir verlassen die EU bis Ende Oktober', 'Dominic Raab'],
    // the person quoted is the object of "zitieren"
    ['„Das wird das größte Update aller Zeiten“, zitiert die „Computerwoche“ den Entwickler Kevin Lynch.', 'Das wird das größte Update aller Zeiten', 'Kevin Lynch'],
    ['Ein Fernsehsender zitierte Giorgos Papandreou mit den Worten: „Ich klebe nicht an meinem Stuhl.“', 'Ich klebe nicht an meinem Stuhl.', 'Papandreou'],
    // "hieß es von X"
    ['„Alle Anzeichen deuten auf einen Anschlag hin“, hieß es vom Abgeordneten Viktor Oserow.', 'Alle Anzeichen deuten auf einen Anschlag hin', 'Viktor Oserow'],
    // "nach Auffassung des X"
    ['Nach Auffassung des Fraktionschefs Hartmut Perschau sei es „völlig untragbar, dass so etwas geschieht“.', 'völlig untragbar, dass so etwas geschieht', 'Hartmut Perschau'],
    // a fragment takes the speech verb later in its sentence
    ['Vermutlich habe ein Stern der Scheibe einen „kräftigen Ruck“ gegeben, sagte die Astronomin Jane Greaves.', 'kräftigen Ruck', 'Jane Greaves'],
    // "zeigte sich X zufrieden" after a quote
    ['„Wir haben jetzt vier Punkte“, zeigte sich Trainer Milovan Rajevac nach dem Spiel zufrieden.', 'Wir haben jetzt vier Punkte', 'Milovan Rajevac'],
    // a speech verb of two words
    ['Der Sprecher Tom Weber nannte es einen Fehler. Er fuhr fort: „Wir werden das prüfen.“', 'Wir werden das prüfen.', 'Tom Weber'],
    ['„Das ist ein schwerer Fehler“, monierte der Abgeordnete Max Held.', 'Das ist ein schwerer Fehler', 'Max Held'],
    // a surname the text gives after a title elsewhere is a name, though nouns are capitalised
    ['Das Urteil verkündete Richter Seidling am Morgen. Seidling sagte: „Die Beweiskette reißt immer wieder ab.“', 'Die Beweiskette reißt immer wieder ab.', 'Seidling'],
  ])('%s: „%s“ is %s’s', (text, quote, speaker) => {
    // (the last name: the participants module may give the full name or the surname)
    expect(direct(text, quote)?.speaker?.split(' ').pop()).toBe(speaker.split(' ').pop());
  });

  test('a subject before its verb after a quote opens a new sentence in German, not a cue', () => {
    const text = 'Der Stürmer Miroslav Klose nannte seinen Platzverweis „überzogen“, Bundestrainer Joachim Löw bezeichnete die Karten als „übertrieben“.';
    expect(direct(text, 'überzogen')?.speaker).toBe('Miroslav Klose');
    expect(direct(text, 'übertrieben')?.speaker).toBe('Joachim Löw');
  });

  test('"es gab" is no speech verb: the speaker of the main clause speaks', () => {
    const text = 'Bundestrainer Joachim Löw bezeichnete acht Karten in einem Spiel, in dem es nur 26 Fouls gab, als „übertrieben“.';
    expect(direct(text, 'übertrieben')?.speaker).toBe('Joachim Löw');
  });

  test('a name followed by a determiner ends the inverted subject ("sieht Osterloh einen …")', () => {
    const text = 'Der Betriebsratschef Bernd Osterloh griff die Kommission an. In dem Verfahren sieht Osterloh einen „Angriff gegen die Belegschaft“.';
    expect(direct(text, 'Angriff gegen die Belegschaft')?.speaker).toBe('Bernd Osterloh');
  });
});

describe('German speakers: phrases, sentence ends and colon introductions', () => {
  test.each([
    // a verb particle after an inverted name ends it
    ['Die Anwältin Gülsen Celebi war empört. „Bis es zu spät war“, stellte Celebi fest, seien die Hilferufe überhört worden.', 'Bis es zu spät war', 'Celebi'],
    // a genitive after a noun belongs to the phrase
    ['„Alles deutet auf einen Anschlag hin“, hieß es vom Abgeordneten des Föderationsrates Viktor Oserow.', 'Alles deutet auf einen Anschlag hin', 'Oserow'],
    // the subject opens the clause, the phrase before the final verb is its object
    ['Edmund Stoiber hatte besonders die Rolle der Parteivorsitzenden betont: „Die Entscheidungen fallen im Kreise der Vorsitzenden.“', 'Die Entscheidungen fallen im Kreise der Vorsitzenden.', 'Stoiber'],
    // a name opening the sentence before a long aside
    ['Sadiq Khan, eines der Mitglieder, die den Brief unterschrieben, verurteilte die Haltung der Regierung: „Diese Politik ist ungerecht.“', 'Diese Politik ist ungerecht.', 'Khan'],
    // a name opening a colon line with no verb
    ['Punklady Nina Hagen zur neuen Heimat: „Ich freue mich aufs Landleben!“', 'Ich freue mich aufs Landleben!', 'Hagen'],
    // a fronted object before the verb, the subject after it
    ['Jegliche Mitverantwortung für die Affäre im Bezirk der SPD weist Swantje Hartmann von sich: „Diese Verantwortung trägt der Vorsitzende.“', 'Diese Verantwortung trägt der Vorsitzende.', 'Hartmann'],
    // a fragment whose sentence ends with "so X"
    ['Der Abgeordnete John Murtha erhob schwere Vorwürfe. Die „unter Druck stehenden Soldaten“ hätten Zivilisten getötet, so Murtha.', 'unter Druck stehenden Soldaten', 'Murtha'],
    // a regnal number's dot ends no sentence
    ['Später sagte Bundeskanzlerin Angela Merkel vor der Presse, Benedikt XVI. „ist und bleibt ein großer Denker“.', 'ist und bleibt ein großer Denker', 'Merkel'],
    // the dot of a date ends no sentence ("am 3. Juni")
    ['Bundeskanzlerin Angela Merkel bezeichnete Christian Wulff am Donnerstag, den 3. Juni, in Berlin als „einen wunderbaren Präsidenten“.', 'einen wunderbaren Präsidenten', 'Merkel'],
  ])('%s: „%s“ is %s’s', (text, quote, speaker) => {
    expect(direct(text, quote)?.speaker?.split(' ').pop()).toBe(speaker);
  });

  test('a full stop with no space after it ends the name before it ("sagte Merkel.Als …")', () => {
    const text = 'Angela Merkel war in Berlin. „Wir schaffen das“, sagte Merkel.Als nächstes sprach der Minister.';
    expect(direct(text, 'Wir schaffen das')?.speaker?.split(' ').pop()).toBe('Merkel');
  });
});
