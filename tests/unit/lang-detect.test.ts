// Language detection: the declared tag (<html lang>, JSON-LD inLanguage, og:locale, the batch
// "lang" hint) and the text's own most frequent words (each pack's profile.txt).
import { guessLanguage, languageOf } from '../../src/core/lang/detect';
import { PACK_CODES } from '../../src/core/lang/profiles';
import { packFor, primaryTag, registerPack } from '../../src/core/lang/select';

const SAMPLES: [string, string][] = [
  ['en', 'The minister said on Tuesday that the government would not change its plans, despite the protests that have been held in the capital since the start of the year.'],
  ['fr', "Le ministre a déclaré mardi que le gouvernement ne changerait pas ses projets, malgré les manifestations qui se sont tenues dans la capitale depuis le début de l'année."],
  ['de', 'Der Minister sagte am Dienstag, die Regierung werde ihre Pläne nicht ändern, trotz der Proteste, die seit Beginn des Jahres in der Hauptstadt stattgefunden haben.'],
  ['es', 'El ministro dijo el martes que el gobierno no cambiará sus planes, a pesar de las protestas que se han celebrado en la capital desde el comienzo del año.'],
  ['it', "Il ministro ha detto martedì che il governo non cambierà i suoi piani, nonostante le proteste che si sono svolte nella capitale dall'inizio dell'anno."],
  ['pt', 'O ministro disse na terça-feira que o governo não vai mudar os seus planos, apesar dos protestos que têm sido realizados na capital desde o início do ano.'],
  ['nl', 'De minister zei dinsdag dat de regering haar plannen niet zal wijzigen, ondanks de protesten die sinds het begin van het jaar in de hoofdstad worden gehouden.'],
];

describe('guessLanguage: the text says which language it is in', () => {
  test.each(SAMPLES)('%s', (code, text) => {
    const g = guessLanguage(text);
    expect(g?.code).toBe(code);
    expect(g?.confident).toBe(true);
  });

  test.each([
    ['', null],
    ['Xi Jinping', null],
    ['12 345 678 90', null],
  ])('says nothing on too short or wordless a text: %j', (text, want) => {
    expect(guessLanguage(text)).toBe(want);
  });

  test.each([
    // "I" is English's first person and Italian's plural article: alone it must not make English Italian.
    ['I think I will go back in July, and I told my wife I would.', 'en'],
    ["I'll go back July 1st, 17th times.", null],
  ])('first-person English is not Italian: %s', (text, want) => {
    expect(guessLanguage(text)?.code ?? null).toBe(want);
  });

  test('every language of the samples has a pack profile', () => {
    expect([...PACK_CODES].sort()).toEqual(SAMPLES.map(([c]) => c).sort());
  });
});

describe('languageOf: the declared language, unless the text clearly says otherwise', () => {
  test.each([
    // A page that lies about its language (a template left at "en") gets the pack of its text.
    ['en', 'fr'],
    ['en-US', 'de'],
    ['fr', 'es'],
    ['de-DE', 'it'],
    ['es', 'pt'],
    ['en', 'nl'],
  ])('declared %s, written in %s', (declared, actual) => {
    const text = SAMPLES.find(([c]) => c === actual)![1];
    expect(languageOf(declared, text)).toBe(actual);
  });

  test.each([
    // Too short to overrule the declaration: a figure, a title.
    ['fr', '240 milliards de dollars', 'fr'],
    ['de-AT', 'Drei halbe Schweine', 'de'],
    ['es_ES', '23 de mayo de 2024', 'es'],
    // No declaration: the text's guess, else English.
    [null, SAMPLES[2][1], 'de'],
    [undefined, '', 'en'],
    // A language with no pack: the text decides, else English.
    ['ru', 'Министр заявил во вторник', 'en'],
    ['ca', SAMPLES[3][1], 'es'],
  ])('declared %j, text %j -> %s', (declared, text, want) => {
    expect(languageOf(declared, text)).toBe(want);
  });
});

describe('packs', () => {
  test.each([
    ['fr-FR', 'fr'],
    ['FR', 'fr'],
    ['pt_BR', 'pt'],
    ['zh-Hant-TW', 'zh'],
    ['', null],
    ['x', null],
    ['english', null],
  ])('primaryTag(%j) is %j', (tag, want) => {
    expect(primaryTag(tag)).toBe(want);
  });

  test('English is the pack of any language whose pack is not loaded', () => {
    expect(packFor('xx').code).toBe('en');
    expect(packFor(null).code).toBe('en');
  });

  test('registerPack takes a pack and refuses anything else', () => {
    expect(registerPack(null)).toBe(false);
    expect(registerPack({ code: 'en-US', files: {} })).toBe(false);
    expect(registerPack({ code: 'xq', files: [] })).toBe(false);
    expect(registerPack({ code: 'xq', files: { stopwords: 'a\nb' } })).toBe(true);
    expect(packFor('xq-XQ').code).toBe('xq');
  });
});
