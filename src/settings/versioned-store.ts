/**
 * Settings and layouts kept in storage.local or storage.sync, which, unlike storage.session,
 * survive an update of the extension. Each is stored as `{ version, value }` under its own key,
 * so a later version of the extension can tell an old shape from its own and migrate it, and
 * a value it cannot read falls back to the defaults with a note the UI can show, instead of
 * reaching the UI half-understood.
 *
 * A read never writes. With storage.sync, another machine may still run an older version of
 * the extension: writing back a migrated value (or defaults over a newer one) would take the
 * setting from it. The value is written when the user changes it.
 *
 * The storage area is a parameter, so panel and background pass `browser.storage.local` or
 * `.sync`, and tests a fake.
 */

/** What this needs of a storage area (webextension-polyfill's `StorageArea` has it). */
export interface SettingsArea {
  get(keys: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export interface StoredSetting<T> {
  version: number;
  value: T;
}

export interface Setting<T> {
  key: string;
  /** What the note calls it: "column widths", "filters". */
  label: string;
  /** The version written now, counting from 1; raise it whenever the value's shape changes, with a migration. */
  version: number;
  defaults: T;
  /** Whether a value of the current version is whole; anything else is corrupt. */
  isValid(value: unknown): value is T;
  /** By the version they read: `migrations[2]` turns a version-2 value into a version-3 one. */
  migrations?: Readonly<Record<number, (value: unknown) => unknown>>;
}

/** Why the defaults were used instead of what was stored. */
export type FallbackReason = 'newer-version' | 'no-migration' | 'migration-failed' | 'corrupt';

export interface SettingNote {
  key: string;
  reason: FallbackReason;
  /** A sentence for the user. */
  message: string;
}

export interface SettingRead<T> {
  value: T;
  /** Set when the stored value could not be used and the defaults stand in for it. */
  note?: SettingNote;
}

export async function readSetting<T>(area: SettingsArea, setting: Setting<T>): Promise<SettingRead<T>> {
  const record = (await area.get(setting.key))[setting.key];
  if (record === undefined) return { value: defaultsOf(setting) };
  if (!isRecord(record)) return fallback(setting, 'corrupt', 'could not be read');
  if (record.version > setting.version) {
    return fallback(setting, 'newer-version', `were saved by a newer version of the extension (format ${record.version}, this one reads up to ${setting.version})`);
  }
  let value = record.value;
  for (let version = record.version; version < setting.version; version++) {
    const migrate = setting.migrations?.[version];
    if (!migrate) return fallback(setting, 'no-migration', `were saved in format ${record.version}, which this version cannot convert`);
    try {
      value = migrate(value);
    } catch {
      return fallback(setting, 'migration-failed', `could not be converted from format ${record.version}`);
    }
  }
  return setting.isValid(value) ? { value } : fallback(setting, 'corrupt', 'could not be read');
}

export function writeSetting<T>(area: SettingsArea, setting: Setting<T>, value: T): Promise<void> {
  const record: StoredSetting<T> = { version: setting.version, value };
  return area.set({ [setting.key]: record });
}

function isRecord(stored: unknown): stored is StoredSetting<unknown> {
  if (typeof stored !== 'object' || stored === null || !('value' in stored) || !('version' in stored)) return false;
  return Number.isInteger(stored.version) && (stored.version as number) >= 1;
}

function fallback<T>(setting: Setting<T>, reason: FallbackReason, why: string): SettingRead<T> {
  const message = `Your saved ${setting.label} ${why}; the defaults are used until you change them.`;
  return { value: defaultsOf(setting), note: { key: setting.key, reason, message } };
}

/** A copy, so that a caller changing what it was given cannot change the defaults. */
function defaultsOf<T>(setting: Setting<T>): T {
  return structuredClone(setting.defaults);
}
