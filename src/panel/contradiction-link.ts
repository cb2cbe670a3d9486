import { contradictionLabel, contradictionTitle, type ContradictionId } from '../core/contradictions.js';
import { english, type Translator } from '../i18n/translator.js';

/** Where the extension build puts the page made from docs/contradictions.md (scripts/build-extension.ts). */
export const CONTRADICTIONS_PAGE = 'docs/contradictions.html';

/**
 * A finding's C-citation as a link to its section of the page shipped with the extension.
 * `getURL` is `runtime.getURL`, passed in so the build script can share the page's path; the
 * link's words are in `t`'s language (the page itself is English).
 */
export function contradictionLink(id: ContradictionId, getURL: (path: string) => string, t: Translator = english): { href: string; text: string } {
  return { href: `${getURL(CONTRADICTIONS_PAGE)}#${id}`, text: `${contradictionLabel(id)}: ${contradictionTitle(id, t)}` };
}
