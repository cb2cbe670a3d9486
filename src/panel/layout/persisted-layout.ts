/**
 * The pane sizes and fold states the user chose, kept in the extension's storage.local as a
 * versioned record `{ version: 1, value }`. A record of another version, or a value that does not
 * hold together, gives the defaults: a bad record costs a layout, never a broken panel.
 * The storage area is a parameter, so node tests pass a plain object with the same two methods.
 */
export interface LayoutPrefs {
  /** Width of the session list beside the calls (wide panels), px. */
  sessionsWidth: number;
  /** Width of the details beside the calls, px. */
  detailsWidth: number;
  /** Height of the unfolded timeline, px. */
  timelineHeight: number;
  /** Whether the timeline is folded to its strip, for short and for tall panels apart: people dock both ways. */
  timelineFolded: { short: boolean; tall: boolean };
}

export const DEFAULT_LAYOUT: LayoutPrefs = Object.freeze({
  sessionsWidth: 240,
  detailsWidth: 420,
  timelineHeight: 178, // every lane: arrangement.ts TIMELINE_FULL_HEIGHT
  timelineFolded: Object.freeze({ short: true, tall: false }),
});

export const LAYOUT_KEY = 'panelLayout';
export const LAYOUT_VERSION = 1;

/** The part of `browser.storage.local` this needs. */
export interface LayoutStorageArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export async function loadLayout(area: LayoutStorageArea): Promise<LayoutPrefs> {
  try {
    return parseLayout((await area.get(LAYOUT_KEY))[LAYOUT_KEY]);
  } catch {
    return DEFAULT_LAYOUT;
  }
}

export function saveLayout(area: LayoutStorageArea, prefs: LayoutPrefs): Promise<void> {
  return area.set({ [LAYOUT_KEY]: { version: LAYOUT_VERSION, value: prefs } });
}

/** The prefs in a stored record, or the defaults if it is of an unknown version or corrupt. */
export function parseLayout(record: unknown): LayoutPrefs {
  if (!isObject(record) || record.version !== LAYOUT_VERSION || !isObject(record.value)) return DEFAULT_LAYOUT;
  const v = record.value;
  const folded = v.timelineFolded;
  if (!isSize(v.sessionsWidth) || !isSize(v.detailsWidth) || !isSize(v.timelineHeight)) return DEFAULT_LAYOUT;
  if (!isObject(folded) || typeof folded.short !== 'boolean' || typeof folded.tall !== 'boolean') return DEFAULT_LAYOUT;
  return {
    sessionsWidth: v.sessionsWidth,
    detailsWidth: v.detailsWidth,
    timelineHeight: v.timelineHeight,
    timelineFolded: { short: folded.short, tall: folded.tall },
  };
}

/** A size a person could have dragged a pane to: the panel clamps it to the room it has. */
function isSize(x: unknown): x is number {
  return typeof x === 'number' && Number.isFinite(x) && x >= 0 && x <= 10_000;
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
