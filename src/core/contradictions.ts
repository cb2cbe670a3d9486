import type { MessageId } from '../i18n/catalog.js';
import { english, type Translator } from '../i18n/translator.js';

/**
 * The places where Adobe's documentation pages disagree, numbered C1 to C22 (C16 on: the Media Edge API). Each has a section in
 * docs/contradictions.md (anchor `#c3` for C3) saying what each page says and the choice we made.
 * Findings and rules cite them by id; the adapters turn an id into a link: a path in the
 * repository for the command line and docs/rules.md, a page shipped inside the extension for the
 * panel (both made from docs/contradictions.md).
 */
export const CONTRADICTION_IDS = ['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8', 'c9', 'c10', 'c11', 'c12', 'c13', 'c14', 'c15', 'c16', 'c17', 'c18', 'c19', 'c20', 'c21', 'c22'] as const;

/** A contradiction's id, which is also its anchor in docs/contradictions.md. */
export type ContradictionId = (typeof CONTRADICTION_IDS)[number];

/** The page explaining them, as a path from the repository root. */
export const CONTRADICTIONS_DOC = 'docs/contradictions.md';

/** Its section in the repository: `docs/contradictions.md#c3`. */
export function contradictionDocPath(id: ContradictionId): string {
  return `${CONTRADICTIONS_DOC}#${id}`;
}

/** How the texts cite it: `C3`. */
export function contradictionLabel(id: ContradictionId): string {
  return id.toUpperCase();
}

/** Its title's message: the heading of its section, which docs/contradictions.md gives in English. */
export function contradictionTitleId(id: ContradictionId): MessageId {
  return `contradictions.${id}.title`;
}

/** Its title in words: English unless the caller passes the user's translator. */
export function contradictionTitle(id: ContradictionId, t: Translator = english): string {
  return t.t(contradictionTitleId(id));
}

export function isContradictionId(s: string): s is ContradictionId {
  return (CONTRADICTION_IDS as readonly string[]).includes(s);
}
