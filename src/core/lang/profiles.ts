// The language profiles: for each pack, the most frequent words of its language (profile.txt).
// They are small and always bundled, so that a page's language is known before its pack loads.
// Adding a language: add its folder, then one line here and one in all.ts (see CONTRIBUTING.md).
import de from './de/profile.txt';
import en from './en/profile.txt';
import es from './es/profile.txt';
import fr from './fr/profile.txt';
import it from './it/profile.txt';
import nl from './nl/profile.txt';
import pt from './pt/profile.txt';

/** Pack code -> the text of its profile.txt. Its keys are the languages Lede has a pack for. */
export const PROFILES: Readonly<Record<string, string>> = { en, fr, de, es, it, pt, nl };

/** The codes of every language pack, English first. */
export const PACK_CODES: readonly string[] = Object.keys(PROFILES);
