/**
 * Plain text from a string that may hold markup (JSON-LD articleBody often does), without
 * parsing it as HTML: tags become breaks or nothing, a few entities are decoded.
 */
const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', sbquo: '‚', bdquo: '„',
  laquo: '«', raquo: '»', mdash: '—', ndash: '–', hellip: '…', pound: '£', euro: '€', yen: '¥', cent: '¢', copy: '©', reg: '®',
  trade: '™', deg: '°', frac12: '½', frac14: '¼', frac34: '¾', times: '×', middot: '·', bull: '•', eacute: 'é', egrave: 'è',
  aacute: 'á', agrave: 'à', iacute: 'í', oacute: 'ó', uacute: 'ú', ntilde: 'ñ', ccedil: 'ç', uuml: 'ü', ouml: 'ö', auml: 'ä', szlig: 'ß',
};

/** Drops `<script>`/`<style>` elements with their content, scanning once (linear time). */
function withoutCode(s: string): string {
  const lower = s.toLowerCase();
  let out = '';
  let pos = 0;
  for (;;) {
    const a = lower.indexOf('<script', pos);
    const b = lower.indexOf('<style', pos);
    const start = a < 0 ? b : b < 0 ? a : Math.min(a, b);
    if (start < 0) break;
    const close = lower.indexOf(start === a ? '</script' : '</style', start);
    out += s.slice(pos, start);
    if (close < 0) return out;
    const end = lower.indexOf('>', close);
    pos = end < 0 ? s.length : end + 1;
  }
  return out + s.slice(pos);
}

export function plainTextOf(s: string): string {
  return withoutCode(s)
    .replace(/<(?:br|\/p|\/div|\/h[1-6]|\/li|\/blockquote)\b[^<>]{0,200}>/gi, '\n\n')
    .replace(/<[^<>]{0,1000}>/g, '')
    .replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (m, e: string) => {
      if (e[0] === '#') {
        const n = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return n > 0 && n < 0x110000 ? String.fromCodePoint(n) : m;
      }
      return ENTITIES[e.toLowerCase()] ?? m;
    })
    .split(/\n/)
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
