import { batch, signal, type ReadonlySignal, type Signal } from '@preact/signals';
import type { RuleSettings } from '../../core/settings/rule-settings.js';
import { readRuleSettings, touchesRuleSettings, writeRuleSettings } from '../../settings/rule-settings-store.js';
import type { SettingNote, SettingsArea } from '../../settings/versioned-store.js';
import { message, type Message } from '../../i18n/message.js';

/** Where the settings live: browser.storage.sync and .local in the extension, plain objects in tests. */
export interface SettingsBackend {
  sync: SettingsArea;
  local: SettingsArea;
  /** Tells of changes made elsewhere (another panel, another machine through sync). */
  onChanged?(listener: (changedKeys: string[], areaName: string) => void): void;
}

/**
 * The rule settings as the panel shows them. The panel writes them to storage and the background,
 * which watches storage, judges every call again under them: the verdicts the panel shows still
 * come from the background alone.
 */
export interface SettingsStore {
  settings: ReadonlySignal<RuleSettings>;
  /** Stored settings that could not be used, to show the user. */
  notes: ReadonlySignal<SettingNote[]>;
  /** Why the last save failed, if it did. */
  saveError: ReadonlySignal<Message | undefined>;
  /** The settings view is shown in place of the calls. */
  open: Signal<boolean>;
  save(settings: RuleSettings): Promise<void>;
}

export function createSettingsStore(backend: SettingsBackend = memoryBackend()): SettingsStore {
  const settings = signal<RuleSettings>({});
  const notes = signal<SettingNote[]>([]);
  const saveError = signal<Message | undefined>(undefined);
  const open = signal(false);
  /** Bumped on every save, so a read that started before it cannot put older settings back. */
  let generation = 0;

  const load = async () => {
    const started = generation;
    const read = await readRuleSettings(backend.sync, backend.local);
    if (started !== generation) return;
    batch(() => {
      settings.value = read.settings;
      notes.value = read.notes;
    });
  };
  void load();
  backend.onChanged?.((keys, areaName) => {
    if (touchesRuleSettings(keys, areaName)) void load();
  });

  return {
    settings,
    notes,
    saveError,
    open,
    save: async (next) => {
      generation++;
      batch(() => {
        settings.value = next;
        // What could not be read is replaced by what the user set now.
        notes.value = [];
        saveError.value = undefined;
      });
      try {
        await writeRuleSettings(backend.sync, backend.local, next);
      } catch (e) {
        saveError.value = message('panel.settings.save-failed', { reason: e instanceof Error ? e.message : String(e) });
      }
    },
  };
}

/** Settings that live as long as the page: for a panel rendered without storage (component tests). */
export function memoryBackend(): SettingsBackend {
  const area = (): SettingsArea => {
    const items: Record<string, unknown> = {};
    return { get: async (key) => (key in items ? { [key]: structuredClone(items[key]) } : {}), set: async (more) => void Object.assign(items, structuredClone(more)) };
  };
  return { sync: area(), local: area() };
}
