import { en } from '../../src/core/lang/en';
import { scanMarks } from '../../src/core/quotes/marks';
import { buildDoc } from '../../src/core/text/document';

const quoted = (text: string) => {
  const doc = buildDoc(text, en);
  return scanMarks(text, doc.paragraphs).map((s) => text.slice(s.start, s.end));
};

describe('quote mark scanner', () => {
  test.each([
    ['curly double', '“We will win,” he said.', ['We will win,']],
    ['straight double', '"We will win," he said, "and soon."', ['We will win,', 'and soon.']],
    ['guillemets', 'Il a dit « bonjour » hier.', [' bonjour ']],
    ['low-9 German', 'Er sagte: „Wir schaffen das.“ Dann ging er.', ['Wir schaffen das.']],
    ['single angle', 'Sie sagte ‹nein› und ging.', ['nein']],
    ['corner brackets', '他说「我们会赢」。', ['我们会赢']],
    ['nested single inside double', '“He told me, ‘Leave now,’ and I did,” she said.', ['He told me, ‘Leave now,’ and I did,']],
    ['nested straight inside curly', '“They call it a "deal", which it is not,” he said.', ['They call it a "deal", which it is not,']],
    ['apostrophes are not marks', 'Xi’s visit, and Putin’s, don’t matter, he said of the ’90s.', []],
    ['plural possessive', 'The leaders’ talks ended. “It went well,” one said.', ['It went well,']],
    ['elision', 'They’ll rock ’n’ roll ’til dawn, “for sure,” she said.', ['for sure,']],
    ['inch marks', 'He is 6\'2" tall and said "hello" twice.', ['hello']],
    ['markup attributes are not quotes', '<tweet id="6721" author="@x">text</tweet>', []],
    ['text after markup attributes is not a quote', '<tweet id="6721" datetime="2015-12-02">I love it<tweet/>. “Yes,” he said.', ['Yes,']],
    ['scare quote in single marks', 'Reyes: Dunmore Has ‘Some Ground to Make Up’ On Taxes', ['Some Ground to Make Up']],
  ])('%s', (_name, text, expected) => {
    expect(quoted(text)).toEqual(expected);
  });

  test('a quote over several paragraphs, each reopened without closing the previous', () => {
    const text = 'He said:\n\n“The first part.\n\n“The second part.\n\n“The end.”\n\nThen he left.';
    const spans = scanMarks(text, buildDoc(text, en).paragraphs);
    expect(spans).toHaveLength(1);
    expect(text.slice(spans[0].start, spans[0].end)).toBe('The first part.\n\n“The second part.\n\n“The end.');
    expect(spans[0].lastParagraph - spans[0].paragraph).toBe(2);
  });

  test('an unclosed quote ends with its paragraph when the next one does not reopen it', () => {
    const text = '“We will fight on, he said.\n\nThe crowd cheered.';
    expect(quoted(text)).toEqual(['We will fight on, he said.']);
  });

  test('an unclosed single mark is dropped (an apostrophe taken for a mark)', () => {
    expect(quoted('The ‘quiet part was said out loud.')).toEqual([]);
  });

  test.each([
    ['balanced', '“a” '.repeat(2000)],
    ['only openers', '“'.repeat(5000)],
    ['only closers', '”'.repeat(5000)],
    ['straight', '"'.repeat(5001)],
    ['apostrophes', "'".repeat(5000) + '‘’'.repeat(3000)],
    ['mixed junk', '«„‹「“‘"\'»“’”›」'.repeat(500)],
  ])('offsets stay valid on %s marks', (_name, text) => {
    const doc = buildDoc(text, en);
    for (const s of scanMarks(text, doc.paragraphs)) {
      expect(s.start).toBeGreaterThanOrEqual(0);
      expect(s.end).toBeLessThanOrEqual(text.length);
      expect(s.start).toBeLessThanOrEqual(s.end);
    }
  });
});
