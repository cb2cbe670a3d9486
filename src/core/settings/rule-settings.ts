import { english, type Translator } from '../../i18n/translator.js';
import { ALL_RULES, CALL_RULES, EDGE_CALL_RULES, SEQUENCE_RULES } from '../rules/index.js';
import { unknownParamRule } from '../rules/call/unknown-param.js';
import { pingCadenceRule } from '../rules/sequence/ping-cadence.js';
import type { CallRule, Rule, SequenceRule } from '../rules/rule.js';
import { SEVERITIES, type Severity } from '../severity.js';

export type SeveritySetting = Severity | 'off';

/**
 * How a team wants its traffic judged, as ESLint lets a project tune its rules: the same object
 * for the command line (read from mc-inspect.config.json) and, later, the extension.
 */
export interface RuleSettings {
  /** Per rule id: `off` drops the rule, a severity re-rates all its findings. */
  rules?: Readonly<Record<string, SeveritySetting>>;
  /** The ping intervals the player uses, in seconds. */
  pingIntervals?: Readonly<{ main?: number; ad?: number }>;
  /** params and qoeData names the team sends on purpose: never reported as unknown. */
  acceptedParams?: readonly string[];
}

/** What each interval may be set to, in seconds: the values Adobe's pages and SDKs use lie within. */
export const PING_INTERVAL_RANGES = { main: { min: 10, max: 50 }, ad: { min: 1, max: 10 } } as const;

export class SettingsError extends Error {
  override name = 'SettingsError';
}

const RULE_IDS = new Set(ALL_RULES.map((r) => r.meta.id));
const SETTING_VALUES: readonly string[] = ['off', ...SEVERITIES];
const TOP_LEVEL = ['rules', 'pingIntervals', 'acceptedParams'];

/** Checks a parsed settings document; throws SettingsError with one line saying what is wrong. */
export function parseRuleSettings(value: unknown): RuleSettings {
  if (!isPlainObject(value)) throw new SettingsError('settings must be a JSON object');
  for (const key of Object.keys(value)) {
    if (!TOP_LEVEL.includes(key)) throw new SettingsError(`unknown setting "${key}" (known: ${TOP_LEVEL.join(', ')})`);
  }
  const settings: RuleSettings = {};
  if (value['rules'] !== undefined) {
    const rules = value['rules'];
    if (!isPlainObject(rules)) throw new SettingsError('"rules" must be an object of rule id to "off", "info", "warning" or "error"');
    for (const [id, setting] of Object.entries(rules)) {
      if (!RULE_IDS.has(id)) throw new SettingsError(`"rules": no rule "${id}" (docs/rules.md lists them)`);
      if (typeof setting !== 'string' || !SETTING_VALUES.includes(setting)) {
        throw new SettingsError(`"rules"."${id}" must be "off", "info", "warning" or "error", not ${JSON.stringify(setting)}`);
      }
    }
    settings.rules = rules as Record<string, SeveritySetting>;
  }
  if (value['pingIntervals'] !== undefined) {
    const pings = value['pingIntervals'];
    if (!isPlainObject(pings)) throw new SettingsError('"pingIntervals" must be an object like {"main": 10, "ad": 1} (seconds)');
    for (const key of Object.keys(pings)) {
      if (key !== 'main' && key !== 'ad') throw new SettingsError(`"pingIntervals": unknown interval "${key}" (known: main, ad)`);
      const { min, max } = PING_INTERVAL_RANGES[key];
      const seconds = pings[key];
      if (typeof seconds !== 'number' || !(seconds >= min && seconds <= max)) {
        throw new SettingsError(`"pingIntervals"."${key}" must be a number of seconds from ${min} to ${max}, not ${JSON.stringify(seconds)}`);
      }
    }
    settings.pingIntervals = pings as { main?: number; ad?: number };
  }
  if (value['acceptedParams'] !== undefined) {
    const names = value['acceptedParams'];
    if (!Array.isArray(names) || !names.every((n) => typeof n === 'string' && n !== '')) {
      throw new SettingsError('"acceptedParams" must be an array of parameter names');
    }
    settings.acceptedParams = names as string[];
  }
  return settings;
}

/**
 * The settings as lines for a report, in `t`'s language ("ping-cadence: off": a rule's line is
 * the settings file's own words); empty when nothing is set. English when the caller has no
 * reader's language to give.
 */
export function describeSettings(settings: RuleSettings, t: Translator = english): string[] {
  const lines = Object.entries(settings.rules ?? {}).map(([id, s]) => `${id}: ${s}`);
  const { main, ad } = settings.pingIntervals ?? {};
  if (main !== undefined || ad !== undefined) {
    lines.push(t.t('report.settings.ping-intervals', { main: main ?? 10, ad: ad ?? 10 }));
  }
  if (settings.acceptedParams?.length) lines.push(t.t('report.settings.accepted-params', { names: settings.acceptedParams.join(', ') }));
  return lines;
}

export interface ConfiguredRules {
  callRules: readonly CallRule[];
  edgeCallRules: readonly CallRule[];
  sequenceRules: readonly SequenceRule[];
}

const configured = new WeakMap<RuleSettings, ConfiguredRules>();

/**
 * The rule lists `settings` ask for, for InspectorOptions: rules set to `off` left out, the
 * others re-rated, ping-cadence and unknown-param built with the team's intervals and names.
 * Worked out once per settings object, so inspectors sharing one share their rule lists (and
 * the dispatch tables worked out from them).
 */
export function rulesFor(settings: RuleSettings): ConfiguredRules {
  let rules = configured.get(settings);
  if (!rules) {
    rules = {
      callRules: configure(CALL_RULES, settings, (rule) => (rule.meta.id === 'unknown-param' && settings.acceptedParams ? unknownParamRule(new Set(settings.acceptedParams)) : rule)),
      edgeCallRules: configure(EDGE_CALL_RULES, settings, (rule) => rule),
      sequenceRules: configure(SEQUENCE_RULES, settings, (rule) => {
        const pings = settings.pingIntervals;
        if (rule.meta.id !== 'ping-cadence' || !pings) return rule;
        return pingCadenceRule({ mainMs: (pings.main ?? 10) * 1000, adMs: (pings.ad ?? 10) * 1000 }) as SequenceRule;
      }),
    };
    configured.set(settings, rules);
  }
  return rules;
}

function configure<R extends Rule>(rules: readonly R[], settings: RuleSettings, build: (rule: R) => R): readonly R[] {
  const out: R[] = [];
  for (const rule of rules) {
    const setting = settings.rules?.[rule.meta.id];
    if (setting === 'off') continue;
    const built = build(rule);
    out.push(setting === undefined ? built : { ...built, meta: { ...built.meta, severityOverride: setting } });
  }
  return out;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
