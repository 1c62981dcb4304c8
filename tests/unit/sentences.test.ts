import { en } from '../../src/core/lang/en';
import { buildDoc } from '../../src/core/text/document';

const split = (text: string) => buildDoc(text, en).sentences.map((s) => s.text);

describe('sentence splitter', () => {
  test.each([
    ['Mr. Smith went to Washington. He met Dr. Jones.', ['Mr. Smith went to Washington.', 'He met Dr. Jones.']],
    ['The U.S. economy grew 3.5 percent. Prices rose.', ['The U.S. economy grew 3.5 percent.', 'Prices rose.']],
    ['Talks resumed in the U.S. The next day they ended.', ['Talks resumed in the U.S.', 'The next day they ended.']],
    ['The deal was signed on Jan. 5 in Paris. It took effect.', ['The deal was signed on Jan. 5 in Paris.', 'It took effect.']],
    ['George W. Bush spoke. Then he left.', ['George W. Bush spoke.', 'Then he left.']],
    ['“We will win,” he said. “Really?” she asked.', ['“We will win,” he said.', '“Really?” she asked.']],
    ['He said: “It is over.” Then he left.', ['He said: “It is over.”', 'Then he left.']],
    ['“China is ready to work with Russia to… uphold fairness,” Xi added.', ['“China is ready to work with Russia to… uphold fairness,” Xi added.']],
    ['It cost $1.5bn. Nobody paid.', ['It cost $1.5bn.', 'Nobody paid.']],
    ['Shares of Apple Inc. rose. Analysts cheered.', ['Shares of Apple Inc. rose.', 'Analysts cheered.']],
    ['Why? Because.', ['Why?', 'Because.']],
    ['Spc. Hasan Edmonds was killed. His unit left.', ['Spc. Hasan Edmonds was killed.', 'His unit left.']],
    ['1. The plan was approved.', ['1. The plan was approved.']],
    ['He came in 1. Then she won.', ['He came in 1.', 'Then she won.']],
    ['Martin Luther King Jr. The march began.', ['Martin Luther King Jr.', 'The march began.']],
    ['The company moved to Sacramento, Calif. Its rivals stayed.', ['The company moved to Sacramento, Calif.', 'Its rivals stayed.']],
    ['He lives in Palo Alto, Calif. and works in San Jose.', ['He lives in Palo Alto, Calif. and works in San Jose.']],
  ])('%s', (text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  test('lines are paragraphs; offsets index the text', () => {
    const text = 'BEIJING: A headline\nFirst paragraph. Second sentence.\n\nThird one.';
    const doc = buildDoc(text, en);
    expect(doc.paragraphs.map((p) => p.text)).toEqual(['BEIJING: A headline', 'First paragraph. Second sentence.', 'Third one.']);
    for (const s of doc.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(doc.sentences.map((s) => s.paragraph)).toEqual([0, 1, 1, 2]);
  });

  test('a soft-wrapped line joins its paragraph', () => {
    const doc = buildDoc('The minister said that the\nplan would go ahead.', en);
    expect(doc.paragraphs).toHaveLength(1);
    expect(doc.sentences).toHaveLength(1);
  });

  test.each([[''], ['   '], ['.'], ['...!!!???'], ['“'], ['\n\n\n']])('never throws on %j', (text) => {
    expect(() => buildDoc(text, en)).not.toThrow();
  });
});
