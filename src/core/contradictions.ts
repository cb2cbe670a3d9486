/**
 * The places where Adobe's documentation pages disagree, numbered C1 to C22 (C16 on: the Media Edge API). Each has a section in
 * docs/contradictions.md (anchor `#c3` for C3) saying what each page says and the choice we made.
 * Findings and rules cite them by id; the adapters turn an id into a link: a path in the
 * repository for the command line and docs/rules.md, a page shipped inside the extension for the
 * panel (both made from docs/contradictions.md).
 */
const CONTRADICTIONS = {
  c1: 'Ad ping interval',
  c2: 'Which events may carry customMetadata',
  c3: 'Required sessionStart parameters',
  c4: 'How "full screen" is spelled',
  c5: 'Where ad positions start counting',
  c6: 'Where ad break indexes start counting',
  c7: 'Where QoE values go',
  c8: 'Bitrate unit and type',
  c9: "The list of event types, and the error event's parameters",
  c10: 'The adStart example',
  c11: 'How far the server reorders events',
  c12: 'When a session times out',
  c13: 'Content type values',
  c14: 'Defects in the timelines',
  c15: 'The events path in the queueing sample',
  c16: 'Is the sessionStart timestamp required',
  c17: 'The adSkip event type',
  c18: 'The status of an accepted event',
  c19: 'A session older than 24 hours',
  c20: 'Where an error names the field at fault',
  c21: 'Which calls carry configId',
  c22: 'Media Edge beside the Media Collection API',
} as const;

/** A contradiction's id, which is also its anchor in docs/contradictions.md. */
export type ContradictionId = keyof typeof CONTRADICTIONS;

export const CONTRADICTION_IDS = Object.keys(CONTRADICTIONS) as readonly ContradictionId[];

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

export function contradictionTitle(id: ContradictionId): string {
  return CONTRADICTIONS[id];
}

export function isContradictionId(s: string): s is ContradictionId {
  return Object.hasOwn(CONTRADICTIONS, s);
}
