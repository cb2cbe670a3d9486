import { prefixOf } from './har-import/imported-id.js';
import type { SessionSummary } from '../messaging/protocol.js';
import type { ImportedSource } from './store.js';

/** What a person calls a session: the media's name, else its id, else the start of the sid. */
export function sessionLabel(s: SessionSummary): string {
  const name = s.mediaName ?? s.mediaId ?? (s.sid ? `sid ${s.sid.slice(0, 8)}…` : 'session without sid');
  return s.startSeen ? name : `${name} (start not captured)`;
}

/** The second line of a session entry: id, content type, player. */
export function sessionDetails(s: SessionSummary): string {
  return [s.mediaName !== undefined ? s.mediaId : undefined, s.contentType, s.playerName].filter((x) => x !== undefined && x !== '').join(' · ');
}

/** The file an imported session came from (its key's prefix names it), else undefined: a live session. */
export function importedFrom(key: string, files: ReadonlyMap<string, ImportedSource>): string | undefined {
  const prefix = prefixOf(key);
  return prefix === undefined ? undefined : (files.get(prefix)?.name ?? 'an imported file');
}

/** Whether a session's calls are still arriving from the file it is imported from. */
export function stillImporting(key: string, files: ReadonlyMap<string, ImportedSource>): boolean {
  const prefix = prefixOf(key);
  return prefix !== undefined && files.get(prefix)?.loading === true;
}
