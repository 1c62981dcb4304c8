// Every language pack, registered at once: for the CLI and the tests, where size does not matter.
// The extension does not import this file: its worker loads the one pack a page needs
// (src/extension/background/packs.ts). Adding a language: one import and one entry here.
import { de } from './de';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { nl } from './nl';
import { pt } from './pt';
import { registerPack } from './select';

for (const pack of [fr, de, es, it, pt, nl]) registerPack(pack);
