import { localize, t } from '../popup/i18n';
import { SECTIONS, type SectionId, type Settings, loadSettings, migrate, saveSettings } from '../settings';

/** The options page: every change is saved to storage.sync at once. */

function read(form: HTMLFormElement): Settings {
  const data = new FormData(form);
  const sections = Object.fromEntries(SECTIONS.map((id) => [id, data.getAll('section').includes(id)])) as Record<SectionId, boolean>;
  return migrate({ version: 1, summaryLength: Number(data.get('summaryLength')), sections, quotes: data.get('quotes') });
}

function fill(form: HTMLFormElement, s: Settings): void {
  (form.elements.namedItem('summaryLength') as HTMLSelectElement).value = String(s.summaryLength);
  for (const box of Array.from(form.querySelectorAll<HTMLInputElement>('input[name="section"]'))) box.checked = s.sections[box.value as SectionId];
  for (const r of Array.from(form.querySelectorAll<HTMLInputElement>('input[name="quotes"]'))) r.checked = r.value === s.quotes;
}

export const ready: Promise<void> = (async () => {
  localize(document);
  const form = document.getElementById('options') as HTMLFormElement;
  const saved = document.getElementById('saved')!;
  fill(form, await loadSettings());
  form.addEventListener('change', () => {
    saveSettings(read(form)).then(
      () => (saved.textContent = t('optionsSaved')),
      (err: unknown) => (saved.textContent = err instanceof Error ? err.message : String(err)),
    );
  });
})();
