/** Schema.org metadata from a page's JSON-LD blocks (`<script type="application/ld+json">`). */

export interface JsonLdArticle {
  type: string;
  headline: string | null;
  articleBody: string | null;
  authors: string[];
  publisher: string | null;
  datePublished: string | null;
  inLanguage: string | null;
}

type Obj = Record<string, unknown>;

const ARTICLE_TYPE = /(?:^|:)(?:\w*Article|BlogPosting|SocialMediaPosting|LiveBlogPosting|Report|Review|OpinionNewsArticle)$/;

const str = (v: unknown): string | null => {
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) return str(v[0]);
  if (v && typeof v === 'object') return str((v as Obj)['@value'] ?? (v as Obj).name);
  return null;
};

const names = (v: unknown): string[] => {
  const out: string[] = [];
  const add = (x: unknown) => {
    if (typeof x === 'string') {
      const t = x.trim();
      if (t && !/^https?:/i.test(t)) out.push(t);
    } else if (x && typeof x === 'object' && !Array.isArray(x)) add((x as Obj).name);
  };
  if (Array.isArray(v)) v.slice(0, 10).forEach(add);
  else add(v);
  return out;
};

const typesOf = (o: Obj): string[] => {
  const t = o['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
};

/** Every object in the page's JSON-LD, @graph and arrays flattened (bounded). */
export function jsonLdObjects(doc: Document): Obj[] {
  const out: Obj[] = [];
  const scripts = doc.querySelectorAll('script[type="application/ld+json" i]');
  for (let i = 0; i < scripts.length && i < 50; i++) {
    let data: unknown;
    try {
      // Some sites wrap the JSON in a CDATA comment.
      const raw = (scripts[i].textContent ?? '').replace(/^\s*(?:\/\/\s*)?<!\[CDATA\[|(?:\/\/\s*)?\]\]>\s*$/g, '');
      data = JSON.parse(raw);
    } catch {
      continue;
    }
    const queue: unknown[] = [data];
    while (queue.length && out.length < 200) {
      const x = queue.shift();
      if (Array.isArray(x)) queue.push(...x.slice(0, 50));
      else if (x && typeof x === 'object') {
        const o = x as Obj;
        out.push(o);
        if (Array.isArray(o['@graph'])) queue.push(...(o['@graph'] as unknown[]).slice(0, 50));
        if (o.mainEntity && typeof o.mainEntity === 'object') queue.push(o.mainEntity);
      }
    }
  }
  return out;
}

/** The page's main article object, if its JSON-LD has one (the one with the longest body wins). */
export function jsonLdArticle(doc: Document): JsonLdArticle | null {
  let best: JsonLdArticle | null = null;
  for (const o of jsonLdObjects(doc)) {
    const type = typesOf(o).find((t) => ARTICLE_TYPE.test(t));
    if (!type) continue;
    const body = typeof o.articleBody === 'string' ? o.articleBody : null;
    const a: JsonLdArticle = {
      type,
      headline: str(o.headline) ?? str(o.name),
      articleBody: body && body.trim() ? body : null,
      authors: names(o.author ?? o.creator),
      publisher: names(o.publisher)[0] ?? null,
      datePublished: str(o.datePublished) ?? str(o.dateCreated),
      inLanguage: str(o.inLanguage),
    };
    if (!best || (a.articleBody?.length ?? 0) > (best.articleBody?.length ?? 0)) best = a;
  }
  return best;
}

/** The site's name from a WebSite or Organization object. */
export function jsonLdSiteName(doc: Document): string | null {
  for (const o of jsonLdObjects(doc)) {
    const t = typesOf(o);
    if (t.includes('WebSite') || t.includes('NewsMediaOrganization')) {
      const n = str(o.name);
      if (n) return n;
    }
  }
  return null;
}
