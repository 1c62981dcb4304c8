// Inputs on which the property tests (analyze-properties.test.ts) once found a bug, with the
// module that had it. Each must analyse with no warning and with every span indexing the text.
import { analyze } from '../../src/core/analyze';
import type { AnalysisResult } from '../../src/core/types';

function badSpans(text: string, r: AnalysisResult): string[] {
  const all = [
    ...r.sentences,
    ...r.keySentences,
    ...r.quotes.flatMap((q) => [q, ...(q.speakerMention ? [q.speakerMention] : []), ...(q.parts ?? [])]),
    ...r.participants.flatMap((p) => p.mentions),
    ...r.figures,
  ];
  return all.filter((s) => s.start > s.end || text.slice(s.start, s.end) !== s.text).map((s) => `${s.start}-${s.end} ${JSON.stringify(s.text)}`);
}

describe('inputs that once broke analyze()', () => {
  test.each([
    // participants/mentions.ts: a name run that is only a demonym, at the end of the text, read past the last token.
    ['participants', 'The new envoy is Chinese'],
    ['participants', 'Both of the climbers who died were South Korean'],
  ])('%s: %j', (_module, text) => {
    const r = analyze({ text });
    expect(r.warnings).toEqual([]);
    expect(badSpans(text, r)).toEqual([]);
  });
});
