import { isListed } from '../figures/listed';
import { distinctQuotes } from '../quotes/distinct';
import type { AnalysisResult, Article } from '../types';

const line = (s: string) => s.replace(/\s+/g, ' ').trim();

/** A readable Markdown summary of a result: used by the CLI and by "Copy as Markdown". */
export function toMarkdown(result: AnalysisResult, article: Partial<Article> = {}): string {
  const out: string[] = [];
  out.push(`# ${line(article.title || 'Untitled article')}`);
  if (article.url) out.push('', `<${article.url}>`);
  out.push('', '## Key sentences', '');
  if (result.keySentences.length === 0) out.push('_None found._');
  for (const s of result.keySentences) out.push(`- ${line(s.text)}`);
  out.push('', '## Key quotes', '');
  const quotes = distinctQuotes(result.quotes);
  if (quotes.length === 0) out.push('_None found._');
  for (const q of quotes) {
    const who = q.speaker ? ` — ${line(q.speaker)}` : '';
    out.push(q.direct ? `- “${line(stripMarks(q.text))}”${who}` : `- ${line(q.text)} _(reported)_${who}`);
  }
  out.push('', '## Participants', '');
  if (result.participants.length === 0) out.push('_None found._');
  for (const type of ['person', 'organization', 'place'] as const) {
    const group = result.participants.filter((p) => p.type === type);
    if (group.length === 0) continue;
    const label = type === 'person' ? 'People' : type === 'organization' ? 'Organisations' : 'Places';
    out.push(`**${label}:** ${group.map((p) => (p.role ? `${line(p.name)} (${line(p.role)})` : line(p.name))).join('; ')}`, '');
  }
  out.push('## Key figures', '');
  const figures = result.figures.filter(isListed);
  if (figures.length === 0) out.push('_None found._');
  for (const f of figures) out.push(f.measures ? `- ${line(f.measures)}: ${line(f.text)}` : `- ${line(f.text)}`);
  if (result.stats.truncated) out.push('', `_Only the first ${result.stats.analyzedChars} of ${result.stats.chars} characters were analysed._`);
  return out.join('\n').replace(/\n{3,}/g, '\n\n') + '\n';
}

const MARKS = ' \t\n"“”‘’\'«»„‹›「」';
function stripMarks(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && MARKS.includes(s[a])) a++;
  while (b > a && MARKS.includes(s[b - 1])) b--;
  return s.slice(a, b);
}
