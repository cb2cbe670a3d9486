import { prefixOf } from './har-import/imported-id.js';
import type { SessionSummary } from '../messaging/protocol.js';
import type { ImportedSource } from './imported-data.js';
import type { Translator } from '../i18n/translator.js';

/** What a person calls a session: the media's name, else its id, else the start of the sid. */
export function sessionLabel(t: Translator, s: SessionSummary): string {
  const name = s.mediaName ?? s.mediaId ?? (s.sid ? t.t('panel.sessions.sid', { sid: s.sid.slice(0, 8) }) : t.t('panel.sessions.no-sid'));
  return s.startSeen ? name : t.t('panel.sessions.no-start', { name });
}

/** A session's state (active, completed…) in the user's language. */
export function stateText(t: Translator, state: SessionSummary['state']): string {
  return t.t(`panel.state.${state}`);
}

/** The second line of a session entry: id, content type, player. */
export function sessionDetails(s: SessionSummary): string {
  return [s.mediaName !== undefined ? s.mediaId : undefined, s.contentType, s.playerName].filter((x) => x !== undefined && x !== '').join(' · ');
}

/** The file an imported session came from (its key's prefix names it), else undefined: a live session. */
export function importedFrom(t: Translator, key: string, files: ReadonlyMap<string, ImportedSource>): string | undefined {
  const prefix = prefixOf(key);
  return prefix === undefined ? undefined : (files.get(prefix)?.name ?? t.t('panel.sessions.unknown-file'));
}

/** Whether a session's calls are still arriving from the file it is imported from. */
export function stillImporting(key: string, files: ReadonlyMap<string, ImportedSource>): boolean {
  const prefix = prefixOf(key);
  return prefix !== undefined && files.get(prefix)?.loading === true;
}
