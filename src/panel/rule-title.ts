import { ruleMeta } from '../core/rules/index.js';
import type { Translator } from '../i18n/translator.js';

/** A rule's title in the panel's language; its id when no rule has it (a setting naming a removed rule). */
export function ruleTitle(t: Translator, rule: string): string {
  const meta = ruleMeta(rule);
  return meta ? t.t(meta.title) : rule;
}
