/**
 * A French and a German news page (written for this test: tests/fixtures/pages/fr-greve-sncf and
 * de-hafen-hamburg), each summarised in the real popup with its own language pack: key sentences
 * from the article, quotes with their speakers, the people, and the key figures.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { ARTIFACTS, ROOT, type Session, browserAvailable, ensureBuilt, launch, openPopup, serve, texts } from './harness';

const run = browserAvailable();
const pages = path.join(ROOT, 'tests/fixtures/pages');

interface Case {
  lang: string;
  dir: string;
  route: string;
  title: string;
  /** Who said what (read by a person, not produced by the engine). */
  said: [string, string][];
  people: string[];
  places: string[];
  figures: string[];
}

const cases: Case[] = [
  {
    lang: 'fr',
    dir: 'fr-greve-sncf',
    route: '/economie/sncf-plan-trains-regionaux',
    title: 'La SNCF promet 4,5 milliards d’euros pour les trains régionaux',
    said: [
      ['Nous devons regagner la confiance des voyageurs', 'Jean-Pierre Farandou'],
      ['Les annonces ne suffisent pas', 'Élisabeth Borne'],
      ['Sans embauches, ces milliards ne changeront rien', 'Laurent Brun'],
    ],
    people: ['Jean-Pierre Farandou', 'Élisabeth Borne', 'Laurent Brun'],
    places: ['Normandie', 'Bretagne'],
    figures: ['4,5 milliards d\'euros', '86 %', '900 millions d\'euros'],
  },
  {
    lang: 'de',
    dir: 'de-hafen-hamburg',
    route: '/wirtschaft/hamburger-hafen-container',
    title: 'Hamburger Hafen verliert Container – Senat will 1,3 Milliarden investieren',
    said: [
      ['Wir müssen jetzt in die Infrastruktur investieren', 'Melanie Leonhard'],
      ['Der Hafen ist seit Jahren unterfinanziert', 'Dennis Thering'],
    ],
    people: ['Melanie Leonhard', 'Dennis Thering', 'Angela Titzrath'],
    places: ['Rotterdam', 'Antwerpen'],
    figures: ['7,2 Prozent', '1,3 Milliarden Euro', '800 Millionen Euro'],
  },
];

(run ? describe : describe.skip)('French and German news pages in Chromium', () => {
  let session: Session;
  let server: Awaited<ReturnType<typeof serve>>;
  const popups = new Map<string, Page>();

  beforeAll(async () => {
    ensureBuilt();
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    server = await serve(Object.fromEntries(cases.map((c) => [c.route, path.join(pages, c.dir, 'page.html')])));
    session = await launch({ offline: true });
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  describe.each(cases.map((c) => [c.lang, c] as const))('%s', (lang, c) => {
    const popup = () => popups.get(lang)!;
    // One popup at a time: a popup closes when another page takes the focus.
    beforeAll(async () => {
      const page = await session.browser.newPage();
      await page.goto(`${server.origin}${c.route}`, { waitUntil: 'load' });
      const { popup } = await openPopup(session, page);
      await popup.screenshot({ path: path.join(ARTIFACTS, `popup-${c.lang}.png`) });
      popups.set(c.lang, popup);
    });

    afterAll(async () => {
      await popups.get(lang)?.close();
    });

    test('the popup is ready with the article’s title', async () => {
      expect(await popup().$eval('body', (b) => b.dataset.state)).toBe('ready');
      expect(await popup().$eval('#title', (e) => e.textContent)).toBe(c.title);
    });

    test('three key sentences, each from the article, the first paragraph’s news among them', async () => {
      const sentences = await texts(popup(), '#sentences .jump');
      expect(sentences).toHaveLength(3);
      const article = fs.readFileSync(path.join(pages, c.dir, 'article.txt'), 'utf8');
      for (const s of sentences) expect(article).toContain(s);
      expect(sentences[0]).toBe(article.split(/(?<=\.)\s/)[0]);
    });

    test('the direct quotes have the right speakers', async () => {
      const quotes = await popup().$$eval('#quotes li.quote.direct', (lis) =>
        lis.map((li) => [li.querySelector('.quote-text')!.textContent!, li.querySelector('.speaker')!.textContent!.replace(/^— /, '').split(', ')[0]]),
      );
      for (const [quote, who] of c.said) {
        const shown = quotes.find(([text]) => text.includes(quote));
        expect(shown && [quote, shown[1]]).toEqual([quote, who]);
      }
    });

    test('names the people and places', async () => {
      expect(await texts(popup(), '#participants li[data-type="person"] .name')).toEqual(expect.arrayContaining(c.people));
      expect(await texts(popup(), '#participants li[data-type="place"] .name')).toEqual(expect.arrayContaining(c.places));
    });

    test('shows the key figures, written as in the article', async () => {
      const figures = await texts(popup(), '#figures li');
      for (const f of c.figures) expect([f, figures.some((x) => x.includes(f))]).toEqual([f, true]);
    });
  });
});
