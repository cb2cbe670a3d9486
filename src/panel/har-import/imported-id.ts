/**
 * What every call id and session key of an imported file starts with (`har1:`, `har2:`…): how the
 * panel tells imported data from live capture (whose ids never look like this), and which file
 * it came from.
 */
export function importPrefix(n: number): string {
  return `har${n}:`;
}

const IMPORTED = /^har\d+:/;

export function isImportedId(id: string): boolean {
  return IMPORTED.test(id);
}

/** The import prefix of an imported id (`har3:12` → `har3:`), else undefined. */
export function prefixOf(id: string): string | undefined {
  return IMPORTED.exec(id)?.[0];
}
