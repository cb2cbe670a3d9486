import { computed, signal, type ReadonlySignal } from '@preact/signals';
import { isUiLocale, pickLocale, type Locale, type UiLocale } from '../../i18n/locales.js';
import { readSetting, writeSetting, type Setting, type SettingsArea } from '../../settings/versioned-store.js';

/** What the user chose in the settings: the browser's language, or one of ours. */
export type LanguageChoice = 'auto' | UiLocale;

export const LANGUAGE_SETTING: Setting<LanguageChoice> = {
  key: 'panelLanguage',
  label: 'language',
  version: 1,
  defaults: 'auto',
  isValid: (value): value is LanguageChoice => value === 'auto' || (typeof value === 'string' && isUiLocale(value)),
};

export interface LanguageStore {
  choice: ReadonlySignal<LanguageChoice>;
  /** The language the browser's own gives: what Automatic speaks. */
  automatic: Locale;
  /** The language the panel speaks: the choice, or the browser's language when the choice is automatic. */
  locale: ReadonlySignal<UiLocale>;
  /** Read once from storage: resolves when `choice` holds what was stored. */
  loaded: Promise<void>;
  choose(choice: LanguageChoice): Promise<void>;
}

/**
 * The panel's language, kept in storage.local beside its layout (a language is a choice for this
 * browser, whose own language it follows by default). `browserLanguages` are the browser's
 * languages, most wanted first (`i18n.getUILanguage()`); `onChanged` tells of a choice made in
 * another panel or page of the extension.
 */
export function createLanguageStore(
  area: SettingsArea | undefined,
  browserLanguages: readonly string[],
  onChanged?: (listener: (changedKeys: string[], areaName: string) => void) => void,
): LanguageStore {
  const choice = signal<LanguageChoice>('auto');
  const automatic = pickLocale(browserLanguages);
  const locale = computed(() => (choice.value === 'auto' ? automatic : choice.value));
  /** Bumped by every choice, so that a read started before it cannot put the older choice back. */
  let generation = 0;
  const read = async () => {
    const started = generation;
    if (!area) return;
    const stored = (await readSetting(area, LANGUAGE_SETTING)).value;
    if (started === generation) choice.value = stored;
  };
  const loaded = read().catch(() => undefined);
  onChanged?.((keys, areaName) => {
    if (areaName === 'local' && keys.includes(LANGUAGE_SETTING.key)) void read();
  });
  return {
    choice,
    automatic,
    locale,
    loaded,
    choose: async (next) => {
      generation++;
      choice.value = next;
      if (area) await writeSetting(area, LANGUAGE_SETTING, next);
    },
  };
}
