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
    ['Händler sprachen am Nachmittag von „Panikverkäufen“.', 'Panikverkäufen'],
  ])('%s: „%s“', (text, quote) => {
    expect(direct(text, quote)).toBeDefined();
  });

  test.each([
    // names of things in marks, with no speech around them or after a naming noun
    ['Die Raumsonde „Cassini“ erreichte im Juli den Saturn.', 'Cassini'],
    ['Laut der Zeitung „Die Welt“ sei der Vertrag bereits unterschrieben.', 'Die Welt'],
    ['Der Film „Das Boot“ wurde im Fernsehen gezeigt.', 'Das Boot'],
    ['Die Aktion findet unter dem Motto „Gemeinsam stark“ statt.', 'Gemeinsam stark'],
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
